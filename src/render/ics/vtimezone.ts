// VTIMEZONE for Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight
// saving since 1975; one STANDARD block covers every date a directive can name.
import type { Component } from './serializer.js';

export const TZID = 'Asia/Ho_Chi_Minh';

export function vtimezone(): Component {
  return {
    name: 'VTIMEZONE',
    props: [
      { name: 'TZID', value: TZID },
      { name: 'X-LIC-LOCATION', value: TZID },
    ],
    children: [
      {
        name: 'STANDARD',
        props: [
          { name: 'TZOFFSETFROM', value: '+0700' },
          { name: 'TZOFFSETTO', value: '+0700' },
          { name: 'TZNAME', value: '+07' },
          { name: 'DTSTART', value: '19750613T000000' },
        ],
      },
    ],
  };
}
