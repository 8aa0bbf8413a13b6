#!/usr/bin/env python3
"""A congress-sized schedule for bench/schedule-import.sh: N events (1,000) over 4 days of 11:00 to 04:00 in 10
rooms, late events past midnight, 2 speakers each from a pool of 800 names with Greek and German letters, and
abstracts long enough that the schedule.xml is about 2 MB. Writes DIR/big.schedule.xml and DIR/big.schedule.json
as frab and pretalx would (c3voc schema), deterministically."""
import json, sys, uuid
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape, quoteattr

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000
tz = timezone(timedelta(hours=2))
rooms = [f"Αίθουσα {i}" for i in range(1, 11)]
names = [f"{a} {b}" for a in ["Μαρία", "Γιώργος", "Jürgen", "Ελένη", "Björn", "Νίκος", "Zoë", "Άννα"]
         for b in [f"Παπαδοπούλου-{k}" for k in range(100)]]
per_day = -(-n // 4)
days, events = [], []
for d in range(4):
    date = datetime(2026, 12, 27 + d, tzinfo=tz)
    days.append((d + 1, date))
for i in range(n):
    d, k = divmod(i, per_day)
    room = rooms[k % len(rooms)]
    slot = k // len(rooms)
    start = days[d][1].replace(hour=11) + timedelta(minutes=40 * slot)
    events.append(dict(id=i + 1, guid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{i}")), day=d, room=room,
                       start=start, title=f"Ομιλία {i + 1}: über Συνεργασία και σχολεία",
                       abstract=("Η ομιλία παρουσιάζει ένα έργο eTwinning με μαθητές από πέντε χώρες. " * 13).strip(),
                       persons=[names[(2 * i) % len(names)], names[(2 * i + 1) % len(names)]]))

with open(f"{out}/big.schedule.xml", "w", encoding="utf-8") as x:
    x.write("<?xml version='1.0' encoding='utf-8'?>\n<schedule>\n<version>bench</version>\n<conference>\n"
            "<acronym>bench</acronym>\n<title>Συνέδριο δοκιμής</title>\n<start>2026-12-27</start>\n"
            "<end>2026-12-30</end>\n<days>4</days>\n<timeslot_duration>00:05</timeslot_duration>\n"
            "<time_zone_name>Europe/Athens</time_zone_name>\n</conference>\n")
    for index, date in days:
        x.write(f"<day index='{index}' date='{date.date()}' start='{date.replace(hour=11).isoformat()}' "
                f"end='{(date + timedelta(days=1)).replace(hour=4).isoformat()}'>\n")
        for room in rooms:
            x.write(f"<room name={quoteattr(room)}>\n")
            for e in (e for e in events if e["day"] == index - 1 and e["room"] == room):
                x.write(f"<event id='{e['id']}' guid='{e['guid']}'>\n<date>{e['start'].isoformat()}</date>\n"
                        f"<start>{e['start']:%H:%M}</start>\n<duration>00:30</duration>\n<room>{escape(room)}</room>\n"
                        f"<slug>bench-{e['id']}</slug>\n<title>{escape(e['title'])}</title>\n<subtitle></subtitle>\n"
                        f"<track>Track</track>\n<type>talk</type>\n<language>el</language>\n"
                        f"<abstract>{escape(e['abstract'])}</abstract>\n<description></description>\n<persons>\n"
                        + "".join(f"<person id='{names.index(p) + 1}'>{escape(p)}</person>\n" for p in e["persons"])
                        + "</persons>\n<links></links>\n</event>\n")
            x.write("</room>\n")
        x.write("</day>\n")
    x.write("</schedule>\n")

schedule = {"schedule": {"version": "bench", "conference": {
    "acronym": "bench", "title": "Συνέδριο δοκιμής", "start": "2026-12-27", "end": "2026-12-30", "daysCount": 4,
    "timeslot_duration": "00:05", "time_zone_name": "Europe/Athens", "days": [
        {"index": index, "date": str(date.date()), "day_start": date.replace(hour=11).isoformat(),
         "day_end": (date + timedelta(days=1)).replace(hour=4).isoformat(),
         "rooms": {room: [{"id": e["id"], "guid": e["guid"], "date": e["start"].isoformat(),
                           "start": f"{e['start']:%H:%M}", "duration": "00:30", "room": room,
                           "slug": f"bench-{e['id']}", "title": e["title"], "subtitle": "", "track": "Track",
                           "type": "talk", "language": "el", "abstract": e["abstract"], "description": "",
                           "persons": [{"public_name": p} for p in e["persons"]], "links": []}
                          for e in events if e["day"] == index - 1 and e["room"] == room] for room in rooms}}
        for index, date in days]}}}
with open(f"{out}/big.schedule.json", "w", encoding="utf-8") as j:
    json.dump(schedule, j, ensure_ascii=False, indent=2)
