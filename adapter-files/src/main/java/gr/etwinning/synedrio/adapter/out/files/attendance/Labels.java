package gr.etwinning.synedrio.adapter.out.files.attendance;

import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the platforms write in their reports, in the languages seen in real exports (English, Greek, Portuguese,
 * Polish, French, German, Spanish, Indonesian): column headers, section titles, roles, actions and yes/no. Every
 * label is compared by its {@link GreekText#key} (case, accents and punctuation ignored), so "E-mail", "email" and
 * "EMAIL" are one label. A language not known here is read with the operator's {@code --columns} mapping.
 */
final class Labels {

    private Labels() {
    }

    /** What a column holds. */
    enum Column {
        NAME, FIRST_NAME, LAST_NAME, EMAIL, UPN, JOIN, LEAVE, DURATION, ROLE, ATTENDED, MODERATOR, GUEST, ACTION,
        TIMESTAMP, MEETING_ID, BBB_ACTIVITY
    }

    /** A part of a report that the reader treats on its own. */
    enum Section {
        /** Before any section title, or a section read like the body of a one-table report. */
        NONE,
        /** Teams' "1. Summary" (and its older "Meeting Summary"): meeting facts, no persons. */
        SUMMARY,
        /** Teams' "2. Participants": one row per person, first join to last leave. */
        PARTICIPANTS,
        /** Teams' "3. In-Meeting Activities": one row per join/leave. */
        ACTIVITIES,
        /** Zoom webinar's "Host Details": staff. */
        HOST,
        /** Zoom webinar's "Panelist Details": staff. */
        PANELIST,
        /** Zoom webinar's "Attendee Details". */
        ATTENDEE,
        /** Zoom webinar's "Other Attended": attendees who had not registered. */
        OTHER,
        /** A title with nothing to read under it ("Attendee Report", "Report Generated:"). */
        TITLE
    }

    private static final Map<String, Column> COLUMNS = new HashMap<>();
    private static final Map<String, Section> SECTIONS = new HashMap<>();

    private static void columns(Column column, String... labels) {
        for (String label : labels) {
            COLUMNS.put(GreekText.key(label), column);
        }
    }

    private static void sections(Section section, String... labels) {
        for (String label : labels) {
            SECTIONS.put(GreekText.key(label), section);
        }
    }

    static {
        columns(Column.NAME, "Name", "Name (Original Name)", "User Name (Original Name)", "Full Name",
                "Participant Name", "Participant", "Display Name", "Attendee Name", "User Name", "User",
                "Όνομα", "Ονοματεπώνυμο", "Πλήρες όνομα", "Όνομα (αρχικό όνομα)", "Όνομα χρήστη (αρχικό όνομα)",
                "Όνομα συμμετέχοντα", "Συμμετέχων", "Χρήστης", "Όνομα χρήστη",
                "Nome", "Nome Completo", "Nome (nome original)", "Nome do participante", "Usuário",
                "Imię i nazwisko", "Nazwa", "Nazwa (oryginalna nazwa)", "Użytkownik", "Uczestnik",
                "Nom complet", "Nom", "Nom (nom d'origine)", "Utilisateur", "Participant",
                "Vollständiger Name", "Name (ursprünglicher Name)", "Teilnehmer", "Benutzer",
                "Nombre completo", "Nombre", "Nombre (nombre original)", "Usuario", "Nama", "Nama Lengkap");
        columns(Column.FIRST_NAME, "First Name", "Όνομα (μικρό)", "Μικρό όνομα", "Primeiro nome", "Imię", "Prénom",
                "Vorname", "Nombre de pila");
        columns(Column.LAST_NAME, "Last Name", "Επώνυμο", "Sobrenome", "Nazwisko", "Nom de famille", "Nachname",
                "Apellido", "Apellidos");
        columns(Column.EMAIL, "Email", "E-mail", "User Email", "Email Address", "Attendee Email", "Participant Email",
                "Ηλεκτρονικό ταχυδρομείο", "Email χρήστη", "Διεύθυνση ηλεκτρονικού ταχυδρομείου",
                "Email do usuário", "Endereço de email", "Adres e-mail", "E-mail użytkownika", "Adresse e-mail",
                "E-Mail-Adresse", "E-Mail des Benutzers", "Correo electrónico", "Correo electrónico del usuario");
        columns(Column.UPN, "Participant ID (UPN)", "UPN", "Αναγνωριστικό συμμετέχοντα (UPN)",
                "ID do participante (UPN)", "Identyfikator uczestnika (UPN)", "ID du participant (UPN)",
                "Teilnehmer-ID (UPN)", "Id. de participante (UPN)", "ID Peserta (UPN)");
        columns(Column.JOIN, "Join Time", "Join time", "First Join", "First join", "Join", "Joined", "Entry Time",
                "Start Time of Attendance", "Ώρα συμμετοχής", "Ώρα σύνδεσης", "Πρώτη συμμετοχή", "Πρώτη σύνδεση",
                "Σύνδεση", "Είσοδος", "Ώρα εισόδου", "Συμμετοχή",
                "Hora de entrada", "Primeira entrada", "Entrada", "Horário de entrada",
                "Czas dołączenia", "Pierwsze dołączenie", "Dołączenie", "Godzina dołączenia",
                "Heure d'arrivée", "Première participation", "Heure de participation", "Rejoindre",
                "Beitrittszeit", "Erster Beitritt", "Beitreten", "Hora de unión", "Primera unión",
                "Waktu Bergabung", "Pertama Bergabung");
        columns(Column.LEAVE, "Leave Time", "Leave time", "Last Leave", "Last leave", "Left", "Leave", "Exit Time",
                "Ώρα αποχώρησης", "Τελευταία αποχώρηση", "Αποχώρηση", "Ώρα εξόδου", "Έξοδος", "Αποσύνδεση",
                "Hora de saída", "Última saída", "Saída", "Horário de saída",
                "Czas opuszczenia", "Ostatnie opuszczenie", "Opuszczenie", "Godzina opuszczenia", "Wyjście",
                "Heure de départ", "Dernier départ", "Quitter", "Austrittszeit", "Letztes Verlassen", "Verlassen",
                "Hora de salida", "Última salida", "Waktu Keluar", "Terakhir Keluar");
        columns(Column.DURATION, "Duration (Minutes)", "Duration", "In-Meeting Duration", "In-meeting duration",
                "Time in Session (minutes)", "Attendance Duration", "Total Duration (Minutes)",
                "Διάρκεια", "Διάρκεια (λεπτά)", "Διάρκεια στη σύσκεψη", "Διάρκεια σε σύσκεψη",
                "Duração", "Duração (minutos)", "Duração na reunião", "Czas trwania", "Czas trwania (minuty)",
                "Czas w spotkaniu", "Durée", "Durée (minutes)", "Durée de la réunion", "Dauer", "Dauer (Minuten)",
                "Dauer in der Besprechung", "Duración", "Duración (minutos)", "Durasi", "Durasi dalam Rapat");
        columns(Column.ROLE, "Role", "Participant Role", "Ρόλος", "Função", "Papel", "Rola", "Rôle", "Rolle", "Rol",
                "Peran");
        columns(Column.ATTENDED, "Attended", "Παρακολούθησε", "Συμμετείχε", "Participou", "Compareceu",
                "Uczestniczył", "A participé", "Teilgenommen", "Asistió", "Hadir");
        columns(Column.MODERATOR, "Moderator", "Συντονιστής", "Moderador", "Modérateur", "Moderatore");
        columns(Column.GUEST, "Guest", "Is Guest", "Επισκέπτης", "Convidado", "Gość", "Invité", "Gast", "Invitado",
                "Tamu");
        columns(Column.ACTION, "User Action", "Action", "Activity", "Ενέργεια χρήστη", "Ενέργεια", "Δραστηριότητα",
                "Atividade", "Ação do usuário", "Akcja użytkownika", "Działanie", "Aktywność", "Action de l'utilisateur",
                "Benutzeraktion", "Aktion", "Acción del usuario", "Actividad", "Aktivitas", "Tindakan Pengguna");
        columns(Column.TIMESTAMP, "Timestamp", "Χρονική σήμανση", "Ημερομηνία και ώρα", "Data e hora",
                "Carimbo de data/hora", "Sygnatura czasowa", "Znacznik czasu", "Data i godzina", "Horodatage",
                "Zeitstempel", "Marca de tiempo", "Stempel waktu");
        columns(Column.MEETING_ID, "Meeting ID", "Αναγνωριστικό σύσκεψης", "ID da reunião", "Identyfikator spotkania",
                "ID de la réunion", "Meeting-ID", "Id. de reunión");
        columns(Column.BBB_ACTIVITY, "Activity Score", "Talk Time", "Webcam Time", "Raise Hands", "Emojis",
                "Reactions", "Poll Votes", "Βαθμολογία δραστηριότητας", "Χρόνος ομιλίας", "Χρόνος κάμερας",
                "Σηκωμένα χέρια", "Αντιδράσεις");

        sections(Section.SUMMARY, "1. Summary", "Summary", "Meeting Summary", "1. Σύνοψη", "Σύνοψη",
                "Σύνοψη σύσκεψης", "1. Resumo", "Resumo", "Resumo da reunião", "1. Podsumowanie", "Podsumowanie",
                "Podsumowanie spotkania", "1. Résumé", "Résumé", "Résumé de la réunion", "1. Zusammenfassung",
                "Besprechungszusammenfassung", "1. Resumen", "Resumen de la reunión", "1. Ringkasan", "Ringkasan");
        sections(Section.PARTICIPANTS, "2. Participants", "Participants", "2. Συμμετέχοντες", "Συμμετέχοντες",
                "2. Participantes", "Participantes", "2. Uczestnicy", "Uczestnicy", "2. Teilnehmer",
                "2. Peserta");
        sections(Section.ACTIVITIES, "3. In-Meeting Activities", "In-Meeting Activities", "3. In-meeting activities",
                "3. Δραστηριότητες κατά τη διάρκεια της σύσκεψης", "3. Δραστηριότητες σύσκεψης",
                "Δραστηριότητες κατά τη διάρκεια της σύσκεψης", "3. Atividades na reunião", "Atividades na reunião",
                "3. Aktywności w trakcie spotkania", "3. Działania podczas spotkania", "3. Activités de la réunion",
                "3. Activités pendant la réunion", "3. Aktivitäten in der Besprechung",
                "3. Actividades de la reunión", "3. Aktivitas Dalam Rapat");
        sections(Section.HOST, "Host Details", "Στοιχεία οικοδεσπότη", "Λεπτομέρειες οικοδεσπότη",
                "Detalhes do anfitrião", "Szczegóły hosta", "Détails de l'hôte", "Hostdetails",
                "Detalles del anfitrión");
        sections(Section.PANELIST, "Panelist Details", "Στοιχεία ομιλητών", "Λεπτομέρειες συμμετεχόντων στο πάνελ",
                "Detalhes do painelista", "Szczegóły panelisty", "Détails du panéliste", "Diskussionsteilnehmerdetails",
                "Detalles del panelista");
        sections(Section.ATTENDEE, "Attendee Details", "Στοιχεία συμμετεχόντων", "Λεπτομέρειες συμμετεχόντων",
                "Detalhes do participante", "Szczegóły uczestnika", "Détails du participant", "Teilnehmerdetails",
                "Detalles del asistente");
        sections(Section.OTHER, "Other Attended", "Άλλοι που παρακολούθησαν", "Outros participantes",
                "Inni uczestnicy", "Autres participants", "Andere Teilnehmer", "Otros asistentes");
        sections(Section.TITLE, "Attendee Report", "Αναφορά συμμετεχόντων", "Relatório de participantes",
                "Raport uczestników", "Rapport des participants", "Teilnehmerbericht", "Informe de asistentes",
                "Report Generated", "Report Generated:", "Αναφορά δημιουργήθηκε", "Performance Report");
    }

    /** The column a header cell names, or null. */
    static Column column(String header) {
        return COLUMNS.get(GreekText.key(header));
    }

    /** The section a title names, or null. */
    static Section section(String title) {
        return SECTIONS.get(GreekText.key(title));
    }

    private static final Set<String> STAFF_ROLES = keys("Organizer", "Organiser", "Co-organizer", "Co-organiser",
            "Host", "Co-host", "Cohost", "Alternative host", "Panelist", "Moderator",
            "Διοργανωτής", "Διοργανώτρια", "Συνδιοργανωτής", "Οικοδεσπότης", "Συνοικοδεσπότης", "Ομιλητής πάνελ",
            "Συντονιστής", "Organizador", "Coorganizador", "Anfitrião", "Coanfitrião", "Organizator", "Współorganizator",
            "Gospodarz", "Organisateur", "Coorganisateur", "Co-organisateur", "Hôte", "Co-animateur", "Organisator",
            "Mitorganisator", "Anfitrión", "Coanfitrión", "Penyelenggara", "Rekan penyelenggara", "Tuan rumah");

    /** Whether a role names someone who ran the meeting: organiser, host, co-host, panelist, moderator. */
    static boolean isStaffRole(String role) {
        return STAFF_ROLES.contains(valueKey(role));
    }

    private static final Set<String> YES = keys("Yes", "Y", "True", "1", "Ναι", "Αληθές", "Σωστό", "Sim",
            "Verdadeiro", "Tak", "Prawda", "Oui", "Vrai", "Ja", "Wahr", "Sí", "Si", "Verdadero", "Ya", "Benar");

    private static final Set<String> NO = keys("No", "N", "False", "0", "Όχι", "Ψευδές", "Λάθος", "Não", "Falso",
            "Nie", "Fałsz", "Non", "Faux", "Nein", "Tidak", "Salah");

    static boolean isYes(String value) {
        return YES.contains(valueKey(value));
    }

    static boolean isNo(String value) {
        return NO.contains(valueKey(value));
    }

    private static final Set<String> JOINED = keys("Joined", "Joined before", "Entrou", "Entrou antes",
            "Beigetreten", "Vorher beigetreten", "Συνδέθηκε", "Συνδέθηκε πριν", "Εντάχθηκε", "Εντάχθηκε πριν",
            "Dołączył", "Dołączył wcześniej", "Dołączono", "Dołączono przed", "A rejoint", "A rejoint avant",
            "Rejoint", "Se unió", "Se unió antes", "Unido", "Bergabung", "Bergabung sebelumnya");

    private static final Set<String> LEFT = keys("Left", "Saiu", "Verlassen", "Hat verlassen", "Αποχώρησε",
            "Αποσυνδέθηκε", "Opuścił", "Opuszczono", "Wyszedł", "A quitté", "Quitté", "Salió", "Abandonó", "Keluar");

    static boolean isJoinAction(String action) {
        return JOINED.contains(valueKey(action));
    }

    static boolean isLeaveAction(String action) {
        return LEFT.contains(valueKey(action));
    }

    /**
     * The {@link GreekText#key} of a cell that holds one of a few values in every row (a role, yes or no, an
     * action), folded once per distinct value: a national import reads a million rows. Bounded: emptied when full.
     */
    static String valueKey(String value) {
        if (value == null) {
            return GreekText.key(null);
        }
        String key = VALUE_KEYS.get(value);
        if (key == null) {
            key = GreekText.key(value);
            if (VALUE_KEYS.size() >= 4096) {
                VALUE_KEYS.clear();
            }
            VALUE_KEYS.put(value, key);
        }
        return key;
    }

    private static final java.util.Map<String, String> VALUE_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> keys(String... labels) {
        return Set.copyOf(List.of(labels).stream().map(GreekText::key).distinct().toList());
    }
}
