package gr.etwinning.synedrio.application.port.out.schedule;

/**
 * The schedule exchange formats (docs/schedule-formats.md): a {@link Schedule} written as schedule.xml (frab),
 * schedule.json (c3voc, pretalx), schedule.json 2.0 (the hub) or iCalendar, and read from all but the last. The same schedule always gives the same
 * bytes. A file that cannot be read is refused with a {@link gr.etwinning.synedrio.domain.InvalidValueException}
 * naming the file and the line (and for JSON the path) of the problem.
 */
public interface ScheduleCodecPort {

    String writeFrabXml(Schedule schedule, String generatorVersion);

    String writeScheduleJson(Schedule schedule, String generatorVersion);

    /** schedule.json 2.0 (the 38C3 hub's schema2): events and persons at the top level. */
    String writeScheduleJson2(Schedule schedule, String generatorVersion);

    String writeICalendar(Schedule schedule, String generatorVersion);

    /** @param source the file's name, for messages */
    Schedule readFrabXml(String text, String source);

    /** @param source the file's name, for messages */
    Schedule readScheduleJson(String text, String source);
}
