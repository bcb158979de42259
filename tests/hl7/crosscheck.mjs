#!/usr/bin/env node
// Independent cross-check of CellBoard's HL7 v2 reader (clinical/INTAKE.md §8, issue 15 item 5):
// parses each file with the `hl7v2` npm package (segments, fields, repetitions, components,
// escapes) and @medplum/core's parseHl7DateTime (timestamps, with the sending facility's offset),
// and prints the same JSON shape as tests/core/exchange/Hl7Dump (CellBoard's side), so the test
// TestHl7CrossCheck compares the two value by value.
//   node crosscheck.mjs ZONES_JSON FILE...
// ZONES_JSON maps a sending facility (MSH-4) to an IANA zone, as the setting
// hl7.facility_time_zones does. What this script does itself, because hl7v2 1.8.0 does not:
//   - segment ends: hl7v2 splits on CR only, so CRLF and LF become CR first;
//   - several messages per file: split at each line that starts with MSH;
//   - formatting escapes \.br\ (line break), \H\ \N\ (highlighting): hl7v2 leaves them as text,
//     so they are replaced before parsing by \X0A\ (which hl7v2 decodes) and nothing;
//   - HD subcomponents of PID-3.4: hl7v2 returns them joined, so they are split here;
//   - an escape character other than the backslash (MSH-2): hl7v2 finds escape sequences by the
//     backslash only (it decodes them with the message's own delimiters), so the message's own
//     sequences are rewritten with backslashes after the MSH segment.
// Numbers are printed as JavaScript prints them (String(n)).
import fs from 'node:fs';
import { HL7Message } from 'hl7v2';
import { parseHl7DateTime } from '@medplum/core';

const [zonesJson, ...files] = process.argv.slice(2);
if (!zonesJson || files.length === 0) {
  console.error('usage: node crosscheck.mjs ZONES_JSON FILE...');
  process.exit(2);
}
const zones = Object.fromEntries(Object.entries(JSON.parse(zonesJson)).map(([k, v]) => [k.toUpperCase(), v]));

const str = (v) => (v === undefined || v === null ? '' : String(v));

// The offset of an IANA zone at a local wall time, as "+HHMM".
function offsetAt(zone, y, mo, d, h, mi) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const offsetOf = (utc) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(utc)).map((x) => [x.type, x.value]));
    return (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - utc) / 60000;
  };
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let off = offsetOf(wall);
  off = offsetOf(wall - off * 60000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return sign + String(Math.floor(a / 60)).padStart(2, '0') + String(a % 60).padStart(2, '0');
}

// A DTM as CellBoard dumps it: the day for a date, the UTC instant for a time of day.
function when(value, zone) {
  const t = str(value);
  if (!t) return '';
  const m = t.match(/^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\.\d+)?([+-]\d{4})?$/);
  if (!m) return '<bad ' + t + '>';
  if (!m[4]) return [m[1], m[2], m[3]].filter(Boolean).join('-');
  let tzOffset = m[8];
  if (!tzOffset) {
    if (!zone) return '<no zone>';
    tzOffset = offsetAt(zone, +m[1], +m[2], +m[3], +m[4], +(m[5] || 0));
  }
  return parseHl7DateTime(t.replace(/[+-]\d{4}$/, ''), { tzOffset });
}

function messagesOf(text) {
  const lines = text.replace(/\r\n/g, '\r').replace(/\n/g, '\r').split('\r').filter((l) => l.trim() !== '');
  const out = [];
  for (const line of lines) {
    if (line.startsWith('MSH') || out.length === 0) out.push([]);
    out[out.length - 1].push(line);
  }
  return out.map((m) => m.join('\r') + '\r');
}

function ownEscapes(raw, esc) {
  if (esc === '\\') return raw;
  const cut = raw.indexOf('\r');
  const quoted = esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = raw.slice(cut).replace(new RegExp(quoted + '([^' + quoted + '\\r]*)' + quoted, 'g'), '\\$1\\');
  return raw.slice(0, cut) + body;
}

function dump(raw) {
  const prepared = ownEscapes(raw, raw.charAt(6))
    .split('\\.br\\').join('\\X0A\\')
    .split('\\H\\').join('')
    .split('\\N\\').join('');
  const msg = HL7Message.parse(prepared);
  const msh = msg.getSegment('MSH');
  const facility = str(msh.field(4).getValue(1)) || str(msh.field(4).getValue(2));
  const zone = zones[facility.toUpperCase()];
  const out = {
    control_id: str(msg.controlId),
    facility,
    message_type: str(msh.field(9).getValue(1)) + '^' + str(msh.field(9).getValue(2)),
    message_time: when(msh.field(7).getValue(), zone),
    patient_ids: [],
    orders: [],
    results: [],
  };
  const pid = msg.getSegment('PID');
  for (const rep of pid.field(3).repetitions) {
    const value = str(rep.component(1).getValue());
    if (!value) continue;
    const hd = str(rep.component(4).getValue()).split(msg.subComponentSeparator);
    out.patient_ids.push({ value, authority: hd[0] || '', universal: hd[1] || '', type: str(rep.component(5).getValue()) });
  }
  let order = null;
  for (const seg of msg.segments) {
    if (seg.segmentType === 'OBR') {
      order = {
        placer: str(seg.field(2).getValue(1)),
        filler: str(seg.field(3).getValue(1)),
        service: str(seg.field(4).getValue(1)),
        observed: when(seg.field(7).getValue(), zone),
        raw7: seg.field(7).getValue(),
      };
      out.orders.push(order);
    } else if (seg.segmentType === 'OBX') {
      const type = str(seg.field(2).getValue()).toUpperCase();
      const f5 = seg.field(5);
      const r = {
        set_id: str(seg.field(1).getValue()),
        type,
        code: str(seg.field(3).getValue(1)),
        code_system: str(seg.field(3).getValue(3)),
        alt_code: str(seg.field(3).getValue(4)),
        sub_id: str(seg.field(4).getValue()),
        units: str(seg.field(6).getValue(1)),
        reference_range: str(seg.field(7).getValue()),
        flags: seg.field(8).repetitions.map((x) => str(x.component(1).getValue())).filter(Boolean).join(','),
        status: str(seg.field(11).getValue()).toUpperCase(),
        order: order.filler || order.placer,
      };
      if (type === 'NM') {
        r.number = f5.isEmpty() ? '' : str(Number(f5.getValue()));
      } else if (type === 'SN') {
        const cmp = str(f5.getValue(1));
        const n1 = str(f5.getValue(2));
        const sep = str(f5.getValue(3));
        const n2 = str(f5.getValue(4));
        r.comparator = cmp === '=' ? '' : cmp;
        r.separator = sep;
        if (sep) {
          r.low = str(Number(n1));
          r.high = str(Number(n2));
          r.number = '';
          r.text = r.comparator + str(Number(n1)) + sep + str(Number(n2));
        } else {
          r.number = str(Number(n1));
          r.text = r.comparator + str(Number(n1));
        }
      } else if (type === 'ST' || type === 'TX' || type === 'FT') {
        r.text = f5.repetitions.map((x) => str(x.component(1).getValue())).join('\n');
      } else if (type === 'CWE' || type === 'CE' || type === 'CNE') {
        r.coded = str(f5.getValue(1));
        r.text = str(f5.getValue(2)) || r.coded;
      }
      const obx14 = seg.field(14).getValue();
      r.observed = str(obx14) ? when(obx14, zone) : order.observed;
      out.results.push(r);
    }
  }
  for (const o of out.orders) delete o.raw7;
  return out;
}

const result = {};
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  result[file] = { messages: messagesOf(text).map((m) => {
    try {
      return dump(m);
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) };
    }
  }) };
}
process.stdout.write(JSON.stringify(result, null, 1) + '\n');
