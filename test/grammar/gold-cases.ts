// Every deadline of the annotated fixtures (fixtures/*.gold.json) in its own
// sentence, as the grammar must read it (generated from the fixtures once, then
// reviewed against their answer keys: date, relation, recurrence or trigger).
import type { Case } from './cases.js';

export const corpusGold: Case[] = [
  { // 01-hue-pgddt-tong-ve-sinh-2018
    input: "Triển khai tổng vệ sinh khu vực phía bên trong và ngoài trường học vào lúc 16h00 ngày thứ Sáu 20/4/2018.",
    ctx: {"issueDate":null,"year":2018},
    expect: [{"text":"vào lúc 16h00 ngày thứ Sáu 20/4/2018","kind":"date","relation":"on","date":"2018-04-20","time":"16:00"}],
  },
  { // 01-hue-pgddt-tong-ve-sinh-2018
    input: "Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng các đơn vị trực thuộc nghiêm túc thực hiện và nộp báo cáo về Phòng GD&ĐT (văn thư) trước 9h00 ngày 23/4/2018 để Phòng tổng hợp báo cáo UBND Thành phố./.",
    ctx: {"issueDate":null,"year":2018},
    expect: [{"text":"trước 9h00 ngày 23/4/2018","kind":"date","relation":"before","date":"2018-04-23","time":"09:00"}],
  },
  { // 02-ayunpa-quy-pctt-2022
    input: "Đối với cá nhân: Thu, nộp một lần trước ngày 30 tháng 7 năm 2022.",
    ctx: {"issueDate":null,"year":2022},
    expect: [{"text":"trước ngày 30 tháng 7 năm 2022","kind":"date","relation":"before","date":"2022-07-30"}],
  },
  { // 02-ayunpa-quy-pctt-2022
    input: "Đối với chức kinh tế trong nước và nước ngoài trên địa bàn: Nộp tối\nthiểu 50% số phải nộp trước ngày 30 tháng 7 năm 2022, số còn lại nộp trước ngày\n20 tháng 11 năm 2022.",
    ctx: {"issueDate":null,"year":2022},
    expect: [{"text":"trước ngày 30 tháng 7 năm 2022","kind":"date","relation":"before","date":"2022-07-30"},{"text":"trước ngày\n20 tháng 11 năm 2022","kind":"date","relation":"before","date":"2022-11-20"}],
  },
  { // 03-phutho-ke-hoach-bau-cu-2021
    input: "21/01/2021",
    ctx: {"issueDate":null,"year":2021},
    expect: [{"text":"21/01/2021","kind":"date","relation":"by","date":"2021-01-21"}],
  },
  { // 03-phutho-ke-hoach-bau-cu-2021
    input: "27/01/2021",
    ctx: {"issueDate":null,"year":2021},
    expect: [{"text":"27/01/2021","kind":"date","relation":"by","date":"2021-01-27"}],
  },
  { // 03-phutho-ke-hoach-bau-cu-2021
    input: "29/01/2021",
    ctx: {"issueDate":null,"year":2021},
    expect: [{"text":"29/01/2021","kind":"date","relation":"by","date":"2021-01-29"}],
  },
  { // 03-phutho-ke-hoach-bau-cu-2021
    input: "07/02/2021 (chủ Nhật)",
    ctx: {"issueDate":null,"year":2021},
    expect: [{"text":"07/02/2021 (chủ Nhật)","kind":"date","relation":"by","date":"2021-02-07"}],
  },
  { // 04-vphdbcqg-bau-cu-2021
    input: "Ủy ban bầu cử ở tỉnh, ở huyện, ở xã trên cơ sở đề nghị của Ủy ban nhân dân cùng cấp, hoàn thành việc ấn định và công bố số đơn vị bầu cử, danh sách các đơn vị bầu cử và số lượng đại biểu Hội đồng nhân dân được bầu ở mỗi đơn vị bầu cử theo quy định tại Điều 10 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dânchậm nhất là ngày 4 tháng 3 năm 2021 (80 ngày trước ngày bầu cử).",
    ctx: {"issueDate":"2021-02-24","year":2021},
    expect: [{"text":"chậm nhất là ngày 4 tháng 3 năm 2021 (80 ngày trước ngày bầu cử)","kind":"date","relation":"by","date":"2021-03-04"}],
  },
  { // 04-vphdbcqg-bau-cu-2021
    input: "Điều 24 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân chậm nhất là ngày 14 tháng 3 năm 2021 (70 ngày trước ngày bầu cử).",
    ctx: {"issueDate":"2021-02-24","year":2021},
    expect: [{"text":"chậm nhất là ngày 14 tháng 3 năm 2021 (70 ngày trước ngày bầu cử)","kind":"date","relation":"by","date":"2021-03-14"}],
  },
  { // 04-vphdbcqg-bau-cu-2021
    input: "Điều 36 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân chậm nhất là ngày 14 tháng 3 năm 2021 (70 ng",
    ctx: {"issueDate":"2021-02-24","year":2021},
    expect: [{"text":"chậm nhất là ngày 14 tháng 3 năm 2021","kind":"date","relation":"by","date":"2021-03-14"}],
  },
  { // 05-laichau-giai-ngan-dtc-2019
    input: "Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019.",
    ctx: {"issueDate":"2019-05-21","year":2019},
    expect: [{"text":"trước ngày 23/5/2019","kind":"date","relation":"before","date":"2019-05-23"}],
  },
  { // 05-laichau-giai-ngan-dtc-2019
    input: "Yêu cầu hoàn thiện gửi Văn phòng Uỷ ban nhân dân trước ngày 24/5/2019.",
    ctx: {"issueDate":"2019-05-21","year":2019},
    expect: [{"text":"trước ngày 24/5/2019","kind":"date","relation":"before","date":"2019-05-24"}],
  },
  { // 06-daknong-bao-cao-covid-2020
    input: "Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) và gửi qua địa chỉ email: khnvsytdaknong@gmail.com chậm nhất 10h00' ngày 27/4/2020.",
    ctx: {"issueDate":null,"year":2020},
    expect: [{"text":"chậm nhất 10h00' ngày 27/4/2020","kind":"date","relation":"by","date":"2020-04-27","time":"10:00"}],
  },
  { // 06-daknong-bao-cao-covid-2020
    input: "Giao Sở Y tế chịu trách nhiệm đôn đốc các đơn vị, địa phương, tổng hợp báo cáo gửi về UBND tỉnh trước 14h00 ngày 28/4/2020.",
    ctx: {"issueDate":null,"year":2020},
    expect: [{"text":"trước 14h00 ngày 28/4/2020","kind":"date","relation":"before","date":"2020-04-28","time":"14:00"}],
  },
  { // 07-travinh-thong-ke-2022
    input: "ngoài ra, UBND các huyện, thị xã, thành phố hàng tháng, quý gửi Cục Thống kê số liệu về tình hình kinh tế - xã hội.",
    ctx: {"issueDate":"2022-09-15","year":2022},
    expect: [{"text":"hàng tháng","kind":"recurring","rrule":"FREQ=MONTHLY"},{"text":"quý","kind":"recurring","rrule":"FREQ=MONTHLY;INTERVAL=3"}],
  },
  { // 07-travinh-thong-ke-2022
    input: "Hàng tháng vào ngày 20, giao Cục thống kê chủ trì, phối hợp các ngành có liên quan tổ chức họp để thống nhất số liệu các ngành;",
    ctx: {"issueDate":"2022-09-15","year":2022},
    expect: [{"text":"Hàng tháng vào ngày 20","kind":"recurring","relation":"on","rrule":"FREQ=MONTHLY;BYMONTHDAY=20"}],
  },
  { // 07-travinh-thong-ke-2022
    input: "đồng thời, số liệu định kỳ thống kê phải thống nhất, báo cáo UBND tỉnh cho ý kiến trước khi cung cấp cho Tổng Cục Thống kê.",
    ctx: {"issueDate":"2022-09-15","year":2022},
    // 07's key lists this step's precondition, which GOLD.md ("trước khi trình …", "trước
    // khi cài đặt") now counts as no deadline: the grammar follows GOLD.md.
    expect: [],
  },
  { // 08-btnmt-bao-cao-bvmt-2019
    input: "Theo quy định tại Điều 134 Luật Bảo vệ môi trường năm 2014 và Thông tư số 19/2016/TT-BTNMT của Bộ Tài nguyên và Môi trường, hàng năm các Bộ, ngành, địa phương có trách nhiệm gửi báo cáo công tác bảo vệ môi trường cho Bộ Tài nguyên và Môi trường trước ngày 15 tháng 01.",
    ctx: {"issueDate":"2019-01-30","year":2019},
    expect: [{"text":"trước ngày 15 tháng 01","kind":"recurring","relation":"before","rrule":"FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"}],
  },
  { // 08-btnmt-bao-cao-bvmt-2019
    input: "Đề nghị các Bộ, ngành, địa phương gửi báo cáo kết quả công tác bảo vệ môi trường năm 2018 về Bộ Tài nguyên và Môi trường trước ngày 15/02/2019 theo địa chỉ: Tổng cục Môi trường, số 10 Tôn Thất Thuyết, quận Nam Từ Liêm, thành phố Hà Nội, điện thoại: 0243.8229728, thư điện tử: phongtonghop@vea.gov.vn.",
    ctx: {"issueDate":"2019-01-30","year":2019},
    expect: [{"text":"trước ngày 15/02/2019","kind":"date","relation":"before","date":"2019-02-15"}],
  },
  { // 09-laichau-kiem-tra-tam-duong-2013
    input: "Theo kế hoạch:\nNgày 06/9, Đoàn sẽ xuất phát từ thị xã Lai Châu tới huyện Tam Đường cụ thể như sau:\n07h00’ ngày 06/9, đoàn xuất phát từ thị xã Lai Châu đi kiểm tra tình hình thực hiện kế hoạch năm 2013 và chuẩn bị kế hoạch năm 2014 (tình hình quyết toán dự án di dân, tái định cư thuỷ điên Sơn La, phát triển chè, dự án cam, xây dựng nông thôn mới, chương trình DANIDA, công tác chi trả dịch vụ môi trường rừng) tại các xã Thèn Sin, Bản Giang, Bản Hon, Bản Bo, Nà Tăm, Bình Lư.",
    ctx: {"issueDate":"2013-09-03","year":2013},
    expect: [{"text":"07h00’ ngày 06/9","kind":"date","relation":"on","date":"2013-09-06","time":"07:00"}],
  },
  { // 09-laichau-kiem-tra-tam-duong-2013
    input: "14h00’ ngày 06/9, làm việc với UBND huyện.",
    ctx: {"issueDate":"2013-09-03","year":2013},
    expect: [{"text":"14h00’ ngày 06/9","kind":"date","relation":"on","date":"2013-09-06","time":"14:00"}],
  },
  { // 10-tanhuong-ntm-2018
    input: "BAN CHỈ ĐẠO CHƯƠNG TRÌNH NTM XÃ TÂN HƯƠNG\n KHUNG KẾ HOẠCH THỰC HIỆN  CÁC TIÊU CHÍ  NTM XÃ TÂN HƯƠNG NĂM 2018\nTT Tên\ntiêu chí\nQuy định chuẩn theo QĐ 05 của UBND tĩnh  Hiện trạng đạt chuẩn tại thời điểm 30/12/2017 Đạt chuẩn,\n nếu chưa đạt ghi % đạt so với chuẩn\nNội dung cần thực hiện để đạt chuẩn đối với tiêu chí chưa đạt, (bao gồm khối lượng và hồ sơ cần làm) Thời gian thực hiện, hoàn thành (Cụ thể tháng nào trong năm) Lãnh đạo chỉ đạo thực hiện Người chủ trì thực hiện Nguồn vốn (Triệu đồng)\nTổng kinh\nphí thực hiện\nNS TW\ntỉnh\nNS\nhuyện\nNS\nDân góp Lồng ghép Nguồn vốn chưa xác định\nII CÁC TIÊU CHÍ ĐÃ ĐẠT\n1 Tiêu chí\nsố 1 Quy hoạch\n    Đạt         100 100          \n1     Đã có quy hoach NTM huyện phê duyệt tại QĐ số:2223/QĐ-UBND\nĐã có quy hoach NTM huyện phê duyệt điều chỉnh theo TT13 tại QĐ số:3996/QĐ-UBND\nĐã công bố, công khai tại trung tâm xã và các thôn đúng thời hạn\nĐạt  Bổ sung 4  tờ  bản đồ đã công khai tại nhà văn hóa xã bị hỏng do bảo số 10 năm 2017 Tháng\n3/2018\nĐ/c: \nTrần Văn  Lượng Chủ tịch Đ/c:  Nguyễn Huy\nVinh\nĐịa chính \n45 45          \n  Đã có ban hành quy chế quản lý quy hoạch, đang tổ chức thực hiện theo đúng quy chế Đạt Bổ sung QĐ điều chỉnh QCQLQH Tháng\n3/2018\n15 15          \n  Đã cắm mốc giới trên các tuyến đường theo quy hoạch, tại TT xã, và các vùng cấm khác Đạt Rà soát bổ sung mốc trên các tuyến đường\ntrục xã, trục thôn, tại ngã ba, ngã tư, khu t",
    ctx: {"issueDate":null,"year":2018},
    expect: [{"text":"Tháng\n3/2018","kind":"date","relation":"by","date":"2018-03-31"},{"text":"Tháng\n3/2018","kind":"date","relation":"by","date":"2018-03-31"}],
  },
  { // 11-btnmt-bao-cao-bvmt-2021
    input: "Theo quy định tại Điều 134 Luật BVMT năm 2014, Thông tư số 19/2016/TT-BTNMT ngày 24/8/2016 của Bộ TN&MT về báo cáo công tác BVMT và Thông tư số 29/2019/TT-BTNMT ngày 31/12/2019 của Bộ TN&MT quy định chế độ báo cáo định kỳ hàng năm thuộc phạm vi quản lý nhà nước của Bộ TN&MT, các Bộ, ngành, địa phương phải xây dựng báo cáo công tác BVMT, gửi Bộ trước ngày 15/1 hàng năm.",
    ctx: {"issueDate":"2021-01-06","year":2021},
    expect: [{"text":"trước ngày 15/1 hàng năm","kind":"recurring","relation":"before","rrule":"FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"}],
  },
  { // 11-btnmt-bao-cao-bvmt-2021
    input: "Báo cáo của Quý Ủy ban đề nghị gửi về Bộ TN&MT trước ngày 15/1/2021 theo địa chỉ: Tổng cục Môi trường, số 10 Tôn Thất Thuyết, quận Nam Từ Liêm, TP.",
    ctx: {"issueDate":"2021-01-06","year":2021},
    expect: [{"text":"trước ngày 15/1/2021","kind":"date","relation":"before","date":"2021-01-15"}],
  },
  { // 12-laichau-quy-hoach-sdd-2015
    input: "Ngày 26/5/2015, UBND tỉnh ban hành Công văn số 703 /UBND-TN, công tác điều chỉnh quy hoạch sử dụng đất đến năm 2020 và lập kế hoạch sử dụng đất kỳ cuối (2016-2020) trên địa bàn tỉnh\nTheo đó, giao các sở, ngành liên quan có trách nhiệm rà soát, xác định nhu cầu sử dụng đất và đề xuất các công trình, dự án có sử dụng đất giai đoạn 2016 – 2020 của ngành, lĩnh vực mình theo nội dung Chỉ thị số 08/CT-TTg ngày 20/5/2015, gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 28/5/2015 để tổng hợp.",
    ctx: {"issueDate":"2015-05-26","year":2015},
    expect: [{"text":"trước ngày 28/5/2015","kind":"date","relation":"before","date":"2015-05-28"}],
  },
  { // 12-laichau-quy-hoach-sdd-2015
    input: "rà soát, xác định nhu cầu sử dụng đất giai đoạn 2016 – 2020 trên địa bàn theo nội dung Chỉ thị số 08/CT-TTg ngày 20/5/2015, gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 28/5/2015 để tổng hợp.",
    ctx: {"issueDate":"2015-05-26","year":2015},
    expect: [{"text":"trước ngày 28/5/2015","kind":"date","relation":"before","date":"2015-05-28"}],
  },
  { // 12-laichau-quy-hoach-sdd-2015
    input: "tổng hợp số liệu, báo cáo Uỷ ban nhân dân tỉnh trước ngày 29/5/2015 để xem xét, báo cáo Bộ Tài nguyên và Môi trường theo quy định.",
    ctx: {"issueDate":"2015-05-26","year":2015},
    expect: [{"text":"trước ngày 29/5/2015","kind":"date","relation":"before","date":"2015-05-29"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "(2) Huy động các lực lượng hỗ trợ dọn dẹp, vệ sinh nhà\ncửa, đường xá, trường lớp, trạm xá, nhà xưởng, khôi phục nhanh nhất các dịch vụ\nthiết yếu để bảo đảm chỗ ở, nơi học tập, khám chữa bệnh, cung cấp điện, nước,\nsóng viễn thông, khôi phục sản xuất kinh doanh trước ngày 30/11/2025.",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước ngày 30/11/2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2025;",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước ngày 30/11/2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "xây mới, tái định cư cho các hộ có nhà bị sập đổ, trôi, hư hỏng nặng, hoàn\nthành trước ngày 31/01/2026.",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước ngày 31/01/2026","kind":"date","relation":"before","date":"2026-01-31"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "chủ động sử dụng các nguồn lực để hỗ trợ tối đa nhất có thể cho các đối tượng\nbị thiệt hại do thiên: tai theo quy định, hoàn thành trước ngày 30/11/2025.",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước ngày 30/11/2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "(2) Khẩn trương rà soát, cập nhật, hoàn thiện dự\nthảo Nghị quyết của Chính phủ về các giải pháp khắc phục hậu quả thiên tai,\nphục hồi sản xuất tại các địa phương khu vực Trung Bộ, trình Chính phủ trước\nngày 26/11/2025.",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước\nngày 26/11/2025","kind":"date","relation":"before","date":"2025-11-26"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "chủ trì, phối hợp với các\nđịa phương tổng hợp đầy đủ về tình hình trường lớp (điểm trường phải sửa chữa,\nphải xây dựng lại) và việc bảo đảm học tập cho học sinh tại các điểm trường bị\nngập lũ vừa qua, phương án khắc phục cụ thể, báo cáo Thủ tướng Chính phủ trước\nngày 30/11/2025.",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước\nngày 30/11/2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "hoàn thành trước ngày 30/11/2025.",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước ngày 30/11/2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo
    input: "Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo các\ndoanh nghiệp cung cấp dịch vụ viễn thông tập trung tối đa lực lượng, thiết bị\nkhôi phục ngay hệ thống viễn thông, bảo đảm phục vụ công tác chỉ đạo điều hành,\nthông tin liên lạc thông suốt, giải quyết các dịch vụ công, hoàn thành trước\nngày 30/11/2025.",
    ctx: {"issueDate":"2025-11-23","year":2025},
    expect: [{"text":"trước\nngày 30/11/2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 14-vpcp-11554-cv-chong-buon-lau-hang-gia
    input: "báo cáo Phó Thủ\ntướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia trước ngày 30 tháng 11 năm\n2025;",
    ctx: {"issueDate":"2025-11-25","year":2025},
    expect: [{"text":"trước ngày 30 tháng 11 năm\n2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 14-vpcp-11554-cv-chong-buon-lau-hang-gia
    input: "báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025.",
    ctx: {"issueDate":"2025-11-25","year":2025},
    expect: [{"text":"trước ngày 30 tháng 11 năm 2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 14-vpcp-11554-cv-chong-buon-lau-hang-gia
    input: "báo cáo Thủ tướng Chính phủ kết quả trước ngày 30 tháng 11\nnăm 2025.",
    ctx: {"issueDate":"2025-11-25","year":2025},
    expect: [{"text":"trước ngày 30 tháng 11\nnăm 2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Về đề nghị nghiên cứu, sửa đổi, bổ sung Nghị quyết\nsố 66.4/2025/NQ-CP đối với nội dung về thủ tục chuyển mục đích sử dụng rừng:\ngiao Bộ Nông nghiệp và Môi trường chủ trì phối hợp với các Bộ, cơ quan và địa\nphương liên quan nghiên cứu, đề xuất phương án xử lý theo quy định, báo cáo\nChính phủ, Thủ tướng Chính phủ trong tháng 12 năm 2025.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trong tháng 12 năm 2025","kind":"date","relation":"by","date":"2025-12-31"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Về dự án đầu tư xây dựng công trình nạo vét luồng\ntàu vào khu bến cảng Nghi Sơn tại Khu kinh tế Nghi Sơn: Bộ Xây dựng khẩn trương\nrà soát, sớm bàn giao trong năm 2025 dự án đầu tư xây dựng công trình nạo vét\nluồng tàu vào khu bến cảng Nghi Sơn tại Khu kinh tế Nghi Sơn cho tỉnh Thanh Hóa\nlàm cơ quan chủ quản hoặc cơ quan có thẩm quyền để triển khai Dự án theo quy định,\nbáo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 31 tháng 12 năm 2025.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trong năm 2025","kind":"date","relation":"by","date":"2025-12-31"},{"text":"trước ngày 31 tháng 12 năm 2025","kind":"date","relation":"before","date":"2025-12-31"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Về mở rộng dự án giai đoạn 2 của Nhà máy lọc hóa\ndầu Nghi Sơn: giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam làm việc\ncụ thể với công ty TNHH Lọc hóa dầu Nghi Sơn, các nhà đầu tư để thống nhất về kế\nhoạch mở rộng giai đoạn 2 của nhà máy, báo cáo Thủ tướng Chính phủ trong tháng\n12 năm 2025.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trong tháng\n12 năm 2025","kind":"date","relation":"by","date":"2025-12-31"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "đồng thời chủ động bố trí quỹ đất,\nthực hiện công tác giải phóng mặt bằng và tổ chức thu hút đầu tư dự án nêu\ntrên, báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 12 năm 2025.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trong tháng 12 năm 2025","kind":"date","relation":"by","date":"2025-12-31"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Về điều chuyển số vốn dư, không có khả năng giải\nngân trong năm 2025 (khoảng 1.500 tỷ đồng) từ nguồn vốn hỗ trợ theo chính sách\nđặc thù quy định tại Nghị quyết số 37/2021/QH15 ngày 13 tháng 11 năm 2021 của\nQuốc hội cho tỉnh Thanh Hóa: Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn\ntrương thực hiện các giải pháp cụ thể, giải ngân hết số vốn đầu tư công của tỉnh\nnăm 2025 nêu trên để đầu tư phát triển hệ thống hạ tầng kỹ thuật, thực hiện di\ndân, tái định cư trong Khu kinh tế Nghi Sơn theo kế hoạch phân bổ chi tiết của\nTỉnh, báo cáo Thủ tướng Chính phủ kết quả thực hiện trong Quý I năm 2026.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trong Quý I năm 2026","kind":"date","relation":"by","date":"2026-03-31"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Về chủ trương đầu tư tuyến đường giao thông kết\nnối liên vùng từ đường Hồ Chí Minh, tỉnh Thanh Hóa đến quốc lộ 6 và đường cao tốc\nCT.03 tỉnh Phú Thọ, đoạn qua tỉnh Thanh Hóa: Ủy ban nhân dân tỉnh Thanh Hóa khẩn\ntrương báo cáo Thủ tướng Chính phủ về việc chuẩn bị đầu tư tuyến đường kết nối,\nđoạn trên địa bàn tỉnh Thanh Hóa trước ngày 01 tháng 12 năm 2025.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trước ngày 01 tháng 12 năm 2025","kind":"date","relation":"before","date":"2025-12-01"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Đối với nội dung vượt thẩm quyền, đề xuất báo cáo cấp có thẩm quyền\nphương án xử lý theo quy định của pháp luật trước ngày 25 tháng 12 năm 2025.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trước ngày 25 tháng 12 năm 2025","kind":"date","relation":"before","date":"2025-12-25"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Về hoạt động của mô hình chính quyền địa phương\n02 cấp: tăng số lượng cấp phó tại các phòng chuyên môn của cấp xã từ 2 lên 3\nphó trưởng phòng, bố trí đủ biên chế theo vị trí việc làm: giao Bộ Nội vụ chủ\ntrì, phối hợp với các cơ quan liên quan nghiên cứu, tổng hợp, báo cáo Chính phủ\ntrước ngày 30 tháng 11 năm 2025.",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trước ngày 30 tháng 11 năm 2025","kind":"date","relation":"before","date":"2025-11-30"}],
  },
  { // 15-vpcp-634-tb-ket-luan-thanh-hoa
    input: "Về triển khai hạ tầng đề phủ sóng 19 thôn, bản\nkhu vực miền núi lõm sóng điện thoại, đường truyền Internet yếu: đề nghị các Tập\nđoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức\ntriển khai thực hiện theo quy định, hoàn thành trong tháng 12 năm 2025;",
    ctx: {"issueDate":"2025-11-22","year":2025},
    expect: [{"text":"trong tháng 12 năm 2025","kind":"date","relation":"by","date":"2025-12-31"}],
  },
  { // 16-sonla-2954-qd-kh-xuat-khau-2026-2030
    input: "Hàng năm, xây dựng kế hoạch\nxúc tiến thương mại và phát triển thương mại điện tử của tỉnh;",
    ctx: {"issueDate":"2025-11-20","year":2025},
    expect: [{"text":"Hàng năm","kind":"recurring","rrule":"FREQ=YEARLY"}],
  },
  { // 16-sonla-2954-qd-kh-xuat-khau-2026-2030
    input: "Nguồn ngân sách: Hàng\nnăm, căn cứ vào nội dung kế hoạch và các nhiệm vụ cụ thể của các sở ngành, UBND\ncác xã, phường xây dựng dự toán kinh phí gửi Sở Tài chính tổng hợp, căn cứ khả\nnăng cân đối ngân sách trình UBND tỉnh xem xét, phê duyệt.",
    ctx: {"issueDate":"2025-11-20","year":2025},
    expect: [{"text":"Hàng\nnăm","kind":"recurring","rrule":"FREQ=YEARLY"}],
  },
  { // 16-sonla-2954-qd-kh-xuat-khau-2026-2030
    input: "Định kỳ hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng (*trước\nngày 16/6*), tổng kết năm (*trước ngày 20/11 hàng năm*) hoặc khi có yêu\ncầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương tổng hợp báo cáo Tỉnh\nủy, HĐND, UBND tỉnh.",
    ctx: {"issueDate":"2025-11-20","year":2025},
    expect: [{"text":"trước ngày 16 hàng tháng","kind":"recurring","relation":"before","rrule":"FREQ=MONTHLY;BYMONTHDAY=16"},{"text":"trước\nngày 16/6","kind":"recurring","relation":"before","rrule":"FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16"},{"text":"trước ngày 20/11 hàng năm","kind":"recurring","relation":"before","rrule":"FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20"}],
  },
  { // 16-sonla-2954-qd-kh-xuat-khau-2026-2030
    input: "Sở Công Thương tổng hợp\nbáo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình thực hiện Kế hoạch này định kỳ\nhàng tháng (*trước ngày 18 hàng tháng*), 6 tháng (*trước ngày 18/5*),\ntổng kết năm (*trước ngày 30/11 hàng năm*) hoặc khi có yêu cầu báo cáo đột\nxuất.",
    ctx: {"issueDate":"2025-11-20","year":2025},
    expect: [{"text":"trước ngày 18 hàng tháng","kind":"recurring","relation":"before","rrule":"FREQ=MONTHLY;BYMONTHDAY=18"},{"text":"trước ngày 18/5","kind":"recurring","relation":"before","rrule":"FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=18"},{"text":"trước ngày 30/11 hàng năm","kind":"recurring","relation":"before","rrule":"FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"}],
  },
  { // 17-ttg-229-cd-thi-dua-cao-diem-2025
    input: "Văn phòng Chính phủ hướng dẫn các văn phòng bộ,\nngành, địa phương mẫu báo cáo hàng tuần trước 15:00 ngày thứ Sáu hàng tuần và\ntheo dõi, đôn đốc việc thực hiện Công điện này theo chức năng, nhiệm vụ được\ngiao;",
    ctx: {"issueDate":"2025-11-26","year":2025},
    expect: [{"text":"hàng tuần trước 15:00 ngày thứ Sáu","kind":"recurring","relation":"before","time":"15:00","rrule":"FREQ=WEEKLY;BYDAY=FR;BYHOUR=15;BYMINUTE=0"}],
  },
  { // 17-ttg-229-cd-thi-dua-cao-diem-2025
    input: "kịp thời báo cáo Thủ tướng Chính phủ vào 15:00 ngày Chủ nhật hàng tuần để\nkịp thời chỉ đạo xử lý các vấn đề đột xuất phát sinh./.",
    ctx: {"issueDate":"2025-11-26","year":2025},
    expect: [{"text":"vào 15:00 ngày Chủ nhật hàng tuần","kind":"recurring","relation":"on","time":"15:00","rrule":"FREQ=WEEKLY;BYDAY=SU;BYHOUR=15;BYMINUTE=0"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Riêng các phòng: Phòng Tài chính – Kế hoạch huyện, Phòng Tài nguyên và Môi trường huyện hoàn thành việc lập danh mục hồ sơ công việc của cơ quan năm 2023 chậm nhất ngày 20/11/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"chậm nhất ngày 20/11/2023","kind":"date","relation":"by","date":"2023-11-20"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Rà soát, đôn đốc, nhắc nhở cán bộ, công chức, viên chức của cơ quan, đơn vị, địa phương mình thực hiện gửi, nhận văn bản điện tử trong nội bộ các cơ quan hành chính nhà nước, đảm bảo 100% văn bản được trao đổi dưới dạng điện tử, hoàn thành trước ngày 01/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 01/12/2023","kind":"date","relation":"before","date":"2023-12-01"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "UBND các xã, thị trấn trên địa bàn huyện nhanh chóng hoàn thành việc thiết lập sơ đồ thiết kế quản trị hệ thống mạng LAN hoàn thành trước ngày 10/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Thực hiện việc đánh giá, xếp loại cán bộ, công chức, viên chức năm 2023 và gửi kết quả về Phòng Nội vụ trước ngày 15/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 15/12/2023","kind":"date","relation":"before","date":"2023-12-15"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Đồng thời, khẩn trương thực hiện việc cập nhật, bổ sung kết quả điện tử (số hóa kết quả) đối với hồ sơ đã giải quyết đầu năm 2023 đến nay theo hướng dẫn Công văn số 1681/UBND-VP ngày 19/10/2023 của UBND huyện về việc tăng cường công tác số hóa hồ sơ, kết quả giải quyết và thực hiện cập nhật kết quả điện tử đối với hồ sơ chưa cập kết quả điện tử hoặc cập kết quả chưa đúng quy định, đảm bảo đến ngày 15/11/2023 phải thực hiện đạt trên 95% tổng số hồ sơ số hóa kết quả của cơ quan, đơn vị.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"đến ngày 15/11/2023","kind":"date","relation":"by","date":"2023-11-15"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Phối hợp với Văn phòng HĐND và UBND huyện tổ chức Toạ đàm về đẩy mạnh các nhiệm vụ, giải pháp nhằm hoàn thành các chỉ tiêu liên quan đến dịch vụ công trực tuyến và nâng cao Chỉ số hài lòng, Chỉ số cải cách hành chính năm 2023 theo Kế hoạch số 97/KH-UBND ngày 22/8/2023 của UBND huyện, thời gian hoàn thành trước ngày 30/11/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 30/11/2023","kind":"date","relation":"before","date":"2023-11-30"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Tham mưu UBND huyện xây dựng kế hoạch thực hiện Kế hoạch số 153/KH-UBND ngày 07/9/2023 của UBND tỉnh về triển khai thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước thời gian hoàn thành trước ngày 30/11/2023;",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 30/11/2023","kind":"date","relation":"before","date":"2023-11-30"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Đề án Đào tạo, bồi dưỡng nâng cao năng lực quản lý, nhất là kỹ năng ứng dụng công nghệ thông tin và chuyển đổi số cán bộ, công chức cấp xã sau khi UBND tỉnh ban hành các Đề án trên.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"sau khi UBND tỉnh ban hành các Đề án trên","kind":"conditional","trigger":"sau khi UBND tỉnh ban hành các Đề án trên"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Tập trung hoàn thành việc kiểm tra, thanh tra đối với các nội dung đã được UBND huyện phân cấp, ủy quyền về công nhận lao động tiên tiến cho các phòng, ban chuyên môn huyện, UBND các xã, thị trấn (theo Quyết định số 01/2015/QĐ-UBND ngày 11/02/2015 của UBND huyện về ban hành Quy chế công tác thi đua, khen thưởng), hoàn thành trước ngày 10/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Hướng dẫn các phòng ban, chuyên môn huyện, UBND các xã, thị trấn đánh giá, xếp loại cán bộ, công chức, viên chức theo quy định hoàn thành trước ngày 10/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Rà soát, đôn đốc các phòng, ban chuyên môn huyện, UBND các xã, thị trấn hoàn thành dữ liệu công chức, viên chức của tỉnh theo đúng quy định, hoàn thành trước ngày 10/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Phối hợp với các cơ quan, đơn vị, địa phương xây dựng phương án đơn giản hoá TTHC (ví dụ: đề xuất cắt giảm, bãi bỏ TTHC), cắt giảm 01 thành phần hồ sơ hoặc yêu cầu điều kiện giải quyết TTHC đối với ít nhất 01 TTHC và trình UBND tỉnh phê duyệt theo quy định, thời gian hoàn thành trước ngày 01/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 01/12/2023","kind":"date","relation":"before","date":"2023-12-01"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Báo cáo kết quả thực hiện về UBND huyện vào thứ 6 hàng tuần.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"vào thứ 6 hàng tuần","kind":"recurring","relation":"on","rrule":"FREQ=WEEKLY;BYDAY=FR"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Báo cáo kết quả thực hiện cho UBND huyện vào thứ 6 hàng tuần.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"vào thứ 6 hàng tuần","kind":"recurring","relation":"on","rrule":"FREQ=WEEKLY;BYDAY=FR"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Kế hoạch thực hiện mô hình “Chính quyền đồng hành cùng nhân dân trong việc thực hiện thủ tục hành chính” sau khi UBND tỉnh ban hành Kế hoạch.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"sau khi UBND tỉnh ban hành Kế hoạch","kind":"conditional","trigger":"sau khi UBND tỉnh ban hành Kế hoạch"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Hướng dẫn, kiểm tra, đôn đốc các xã, thị trấn thiết lập sơ đồ thiết kế quản trị hệ thống mạng LAN hoàn thành trước ngày 10/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Tập trung hoàn thành việc thiết kế các pano, áp phích tuyên truyền về cải cách hành chính như: cung cấp dịch vụ công trực tuyến, dịch vụ bưu chính công ích, thanh toán trực tuyến...đặt tại các tuyến đường chính của huyện và tại Bộ phận Một cửa cấp huyện, cấp xã và duy trì hoạt động có hiệu quả Trang mạng xã hội Zalo của huyện hoàn thành trước ngày 10/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "hoàn thành trước ngày 01/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 01/12/2023","kind":"date","relation":"before","date":"2023-12-01"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Tham mưu UBND huyện hoàn thành việc giải ngân theo kế hoạch bố trí vốn đầu tư từ ngân sách nhà nước năm 2023, hoàn thành trước ngày 31/12/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 31/12/2023","kind":"date","relation":"before","date":"2023-12-31"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Phối hợp với Phòng Tài chính – Kế hoạch, Ban Quản lý Dự án đầu tư xây dựng và PTQĐ tham mưu UBND huyện xây dựng Kế hoạch và tổ chức gặp mặt doanh nhân, doanh nghiệp, hộ kinh doanh trên địa bàn huyện nhằm kịp thời tháo gỡ những khó khăn, vướng mắc hoàn thành trước ngày 30/11/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 30/11/2023","kind":"date","relation":"before","date":"2023-11-30"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Tham mưu UBND tổ chức họp xét duyệt sáng kiến kinh nghiệm năm 2023 đối với các sáng kiến đã được các phòng, ban chuyên môn huyện, UBND các xã, thị trấn, đặc biệt là các sáng kiến liên quan đến lĩnh vực cải cách hành chính, hoàn thành trước ngày 30/11/2023.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 30/11/2023","kind":"date","relation":"before","date":"2023-11-30"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "đồng thời gửi hồ sơ, tài liệu kiểm tra gồm: biên bản kiểm tra, báo cáo kết quả kiểm tra, kiến nghị hoặc xử lý và theo dõi kết quả xử lý sau kiểm tra gửi về Phòng Nội vụ để tổng hợp tài liệu kiểm chứng gửi tỉnh theo quy định (hoàn thành trước 10/12/2023).",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Phối hợp với Phòng Văn hóa và Thông tin, các cơ quan liên quan tổ chức tuyên truyền trực quan về CCHC: Pano, Áp – phích tuyên truyền về CCHC (hoàn thành trước ngày 10/12/2023).",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"trước ngày 10/12/2023","kind":"date","relation":"before","date":"2023-12-10"}],
  },
  { // tuy-phuoc-cchc-2023
    input: "Giao Phòng Nội vụ và Văn phòng HĐND và UBND huyện kiểm tra, đôn đốc tiến độ thực hiện của các cơ quan, đơn vị, địa phương và báo cáo về UBND huyện vào thứ 6 hàng tuần.",
    ctx: {"issueDate":null,"year":2023},
    expect: [{"text":"vào thứ 6 hàng tuần","kind":"recurring","relation":"on","rrule":"FREQ=WEEKLY;BYDAY=FR"}],
  },
];
