package gr.etwinning.synedrio.adapter.out.files.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.out.schedule.Schedule;
import gr.etwinning.synedrio.application.port.out.schedule.ScheduleCodecPort;
import gr.etwinning.synedrio.domain.text.GreekText;

/** Obeys rule 8: a file format behind an application port, using the domain and a format library. */
public abstract class FilesUsingApplication implements ScheduleCodecPort {

    private final ObjectMapper mapper = new ObjectMapper();

    public String title(Schedule schedule) throws Exception {
        return mapper.writeValueAsString(GreekText.key(schedule.conference().title()));
    }
}
