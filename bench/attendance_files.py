#!/usr/bin/env python3
"""Writes the attendance bench's input: ROWS rows in all, spread over MEETINGS meeting exports in the platforms' real
formats (Zoom participants report, Zoom webinar attendee report, Teams attendance report in UTF-16 LE, Webex in
UTF-16 LE tab-delimited, BigBlueButton learning dashboard), registrations for most of their persons, the plan of
which file goes to which session or contribution, and the same rows flat (name, email, join, leave; UTC) for
LOAD DATA. Deterministic (seeded): the same arguments give the same files.

    attendance_files.py OUTDIR DATASET.json [ROWS=1000000] [MEETINGS=100] [REGISTERED=7000]
"""
import json, os, random, sys
from datetime import datetime, timedelta, timezone

out, dataset = sys.argv[1], sys.argv[2]
rows_total = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
meetings = int(sys.argv[4]) if len(sys.argv) > 4 else 100
registered = int(sys.argv[5]) if len(sys.argv) > 5 else 7000
rnd = random.Random(2021)
os.makedirs(out, exist_ok=True)
athens = timezone(timedelta(hours=2))  # November: EET, UTC+2

# the sessions and contributions of the 2021 programme, with their days
targets = []
for ed in json.load(open(dataset))["editions"]:
    for s in ed["programme"]["sessions"] if "programme" in ed else ed["sessions"]:
        day = s["day"]
        if s.get("contributions"):
            targets += [(c["id"], day) for c in s["contributions"]]
        else:
            targets.append((s["id"], day))

first = ["Μαρία", "Ελένη", "Γιώργος", "Κωνσταντίνος", "Δημήτρης", "Αικατερίνη", "Νίκος", "Σοφία", "Ιωάννης",
         "Βασιλική", "Παναγιώτης", "Αναστασία", "Χρήστος", "Ευαγγελία", "Αθανάσιος", "Δέσποινα"]
last = ["Παπαδοπούλου", "Νικολάου", "Γεωργίου", "Οικονόμου", "Καραγιάννη", "Βασιλείου", "Αλεξίου", "Μάντα",
        "Κόππη", "Σερπάνου", "Λειβαδάου", "Δημητρίου", "Ιωάννου", "Αθανασίου", "Πετρίδου", "Σταύρου"]
pool = 20000  # persons who may attend; the first REGISTERED registered
people = [(f"{first[i % 16]} {last[(i // 16) % 16]} {i}", f"teacher{i}@sch.gr") for i in range(pool)]

with open(os.path.join(out, "registrations.csv"), "w", encoding="utf-8") as f:
    f.write("Ονοματεπώνυμο;Email;Σχολείο;Ειδικότητα;Βαθμίδα;Συγκατάθεση\n")
    for name, email in people[:registered]:
        f.write(f"{name};{email};1ο Γυμνάσιο Καλαμάτας;ΠΕ02;Δευτεροβάθμια;Ναι\n")

def us(t):   # 11/20/2021 06:01:12 PM
    return t.strftime("%m/%d/%Y %I:%M:%S %p")
def teams(t):  # 11/20/21, 6:01:12 PM
    return f"{t.month}/{t.day}/{t.strftime('%y')}, {int(t.strftime('%I'))}:{t.strftime('%M:%S %p')}"
def webinar(t):  # Nov 20, 2021 18:01:12
    return t.strftime("%b %d, %Y %H:%M:%S")
def dayfirst(t):
    return t.strftime("%d/%m/%Y %H:%M:%S")
def hms(s):
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"

formats = ["zoom", "teams", "zoom-webinar", "webex", "bbb"]
flat = open(os.path.join(out, "rows.tsv"), "w", encoding="utf-8")
plan = open(os.path.join(out, "plan.txt"), "w", encoding="utf-8")
per_meeting = rows_total // meetings
for m in range(meetings):
    target, day = targets[m % len(targets)]
    fmt = formats[m % len(formats)]
    start = datetime.fromisoformat(day + "T10:00:00")
    # each row a join/leave of one person; a quarter of the persons reconnect once
    rows = []
    i = 0
    while len(rows) < per_meeting:
        p = people[rnd.randrange(pool)]
        j = start + timedelta(seconds=rnd.randrange(0, 3600))
        length = rnd.randrange(300, 5400)
        if rnd.random() < 0.25 and len(rows) + 2 <= per_meeting:
            cut = rnd.randrange(60, length - 180)
            rows.append((p, j, j + timedelta(seconds=cut)))
            rows.append((p, j + timedelta(seconds=cut + rnd.randrange(0, 120)), j + timedelta(seconds=length)))
        else:
            rows.append((p, j, j + timedelta(seconds=length)))
    name = f"{m:03d}-{target}.{ 'tsv' if fmt == 'webex' else 'csv'}"
    path = os.path.join(out, name)
    if fmt == "zoom":
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\n")
            f.write(f"8451234{m:04d},{target},{us(start)},{us(start + timedelta(hours=3))},host{m}@etwinning.gr,180,{len(rows)},\n\n")
            f.write("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent\n")
            for (n, e), j, l in rows:
                f.write(f"{n},{e},{us(j)},{us(l)},{(l - j).seconds // 60},No,Y\n")
    elif fmt == "teams":
        lines = ["1. Summary", f"Meeting title\t{target}", f"Attended participants\t{len(rows)}",
                 f"Start time\t{teams(start)}", f"End time\t{teams(start + timedelta(hours=3))}", "",
                 "2. Participants", "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
                 f"Organiser {m}\t{teams(start)}\t{teams(start + timedelta(hours=3))}\t3h 0m 0s\torg{m}@etwinning.gr\torg{m}@etwinning.gr\tOrganizer",
                 "", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
        lines += [f"{n}\t{teams(j)}\t{teams(l)}\t{(l - j).seconds // 60}m {(l - j).seconds % 60}s\t{e}\tAttendee"
                  for (n, e), j, l in rows]
        with open(path, "wb") as f:
            f.write(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    elif fmt == "zoom-webinar":
        pad = lambda cells: ",".join(cells + [""] * (13 - len(cells)))
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(pad(["Attendee Report"]) + "\n")
            f.write(pad(["Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)"]) + "\n")
            f.write(pad([target, f"847 5984 {m:04d}", f'"{webinar(start)}"', "180"]) + "\n")
            f.write(pad(["Host Details"]) + "\n")
            f.write(pad(["Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest", "Country/Region Name"]) + "\n")
            f.write(pad(["Yes", f"Host {m}", f"host{m}@etwinning.gr", f'"{webinar(start)}"', f'"{webinar(start + timedelta(hours=3))}"', "180", "No", "Greece"]) + "\n")
            f.write(pad(["Attendee Details"]) + "\n")
            f.write("Attended,User Name (Original Name),First Name,Last Name,Email,Phone,Registration Time,Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name\n")
            for (n, e), j, l in rows:
                fn, ln = n.split(" ", 1)
                f.write(f'Yes,{n},{fn},{ln},{e},,"{webinar(start - timedelta(days=3))}",approved,"{webinar(j)}","{webinar(l)}",{(l - j).seconds // 60},No,Greece\n')
    elif fmt == "webex":
        lines = ["Name\tEmail\tJoin time\tLeave time\tDuration\tRole"]
        lines += [f"{n}\t{e}\t{dayfirst(j)}\t{dayfirst(l)}\t{(l - j).seconds // 60}\tAttendee" for (n, e), j, l in rows]
        with open(path, "wb") as f:
            f.write(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    else:
        lines = ['"Name","Moderator","Activity Score","Talk Time","Webcam Time","Messages","Reactions","Poll Votes","Raise Hands","Join","Left","Duration"']
        lines += [f'"{n}","FALSE","3","-","-","0","0","0","0","{dayfirst(j)}","{dayfirst(l)}","{hms((l - j).seconds)}"'
                  for (n, e), j, l in rows]
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("\r\n".join(lines) + "\r\n")
    for (n, e), j, l in rows:
        jz = (j - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
        lz = (l - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
        flat.write(f"{n}\t{e}\t{jz}\t{lz}\n")
    plan.write(f"{name}\t{target}\t{fmt}\n")
flat.close()
plan.close()
print(f"{meetings} files, {per_meeting * meetings} rows, {len(set(t for t, _ in targets))} sessions and contributions",
      file=sys.stderr)
