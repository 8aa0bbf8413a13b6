#!/usr/bin/env python3
"""Writes a registrations CSV of N generated participants (Greek names, unique e-mail addresses, schools,
specialties, levels, consent) in the form `synedrio registrations import` reads, to stdout or a file.

    bench/registrations_csv.py N [FILE]
"""
import random
import sys

FIRST = ["Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Αικατερίνη", "Δημήτρης", "Σοφία", "Κώστας", "Αναστασία",
         "Γιάννης", "Ευαγγελία", "Παναγιώτης", "Βασιλική", "Χρήστος", "Δέσποινα", "Θανάσης"]
LAST = ["Παπαδοπούλου", "Παπαδόπουλος", "Γεωργίου", "Νικολάου", "Ιωάννου", "Κωνσταντίνου", "Οικονόμου",
        "Δημητρίου", "Αθανασίου", "Βασιλείου", "Μακρή", "Κουτσούκος", "Σαμαράς", "Αλεξίου"]
SCHOOLS = ["%dο Δημοτικό Σχολείο %s", "%dο Γυμνάσιο %s", "%dο ΓΕΛ %s", "%dο Νηπιαγωγείο %s", "%dο ΕΠΑΛ %s"]
TOWNS = ["Αθηνών", "Θεσσαλονίκης", "Πατρών", "Ηρακλείου", "Λάρισας", "Βόλου", "Ιωαννίνων", "Χανίων", "Καβάλας"]
SPECIALTIES = ["ΠΕ70 Δάσκαλοι", "ΠΕ02 Φιλόλογοι", "ΠΕ86 Πληροφορικής", "ΠΕ60 Νηπιαγωγοί", "ΠΕ03 Μαθηματικοί",
               "ΠΕ04 Φυσικοί", "ΠΕ06 Αγγλικής"]


def main():
    n = int(sys.argv[1])
    out = open(sys.argv[2], "w", encoding="utf-8", newline="") if len(sys.argv) > 2 else sys.stdout
    rnd = random.Random(16)
    out.write("Ονοματεπώνυμο;Email;Σχολείο;Ειδικότητα;Βαθμίδα;Συγκατάθεση\r\n")
    lines = []
    for i in range(n):
        school = rnd.choice(SCHOOLS) % (rnd.randint(1, 40), rnd.choice(TOWNS))
        level = "Πρωτοβάθμια" if ("Δημοτικό" in school or "Νηπιαγωγείο" in school) else "Δευτεροβάθμια"
        lines.append("%s %s;teacher%07d@sch.gr;%s;%s;%s;Ναι\r\n" % (rnd.choice(FIRST), rnd.choice(LAST), i, school,
                                                                  rnd.choice(SPECIALTIES), level))
        if len(lines) >= 10000:
            out.write("".join(lines))
            lines = []
    out.write("".join(lines))
    out.close()


if __name__ == "__main__":
    main()
