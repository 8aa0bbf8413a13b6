package gr.etwinning.synedrio.adapter.out.files.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;
import gr.etwinning.synedrio.application.port.out.schedule.ScheduleCodecPort;

/**
 * The schedule exchange formats: frab's schedule.xml (StAX), schedule.json (Jackson) and iCalendar (RFC 5545,
 * written by hand: the format is lines of text).
 */
public final class ScheduleCodecs implements ScheduleCodecPort {

    @Override
    public String writeFrabXml(Schedule schedule, String generatorVersion) {
        return FrabXmlWriter.write(schedule, generatorVersion);
    }

    @Override
    public String writeScheduleJson(Schedule schedule, String generatorVersion) {
        return ScheduleJsonWriter.write(schedule, generatorVersion);
    }

    @Override
    public String writeScheduleJson2(Schedule schedule, String generatorVersion) {
        return ScheduleJson2Writer.write(schedule, generatorVersion);
    }

    @Override
    public String writeICalendar(Schedule schedule, String generatorVersion) {
        return ICalendarWriter.write(schedule, generatorVersion);
    }

    @Override
    public Schedule readFrabXml(String text, String source) {
        return FrabXmlReader.read(text, source);
    }

    @Override
    public Schedule readScheduleJson(String text, String source) {
        return ScheduleJsonReader.read(text, source);
    }
}
