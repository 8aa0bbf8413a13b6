package gr.etwinning.synedrio.application.port.in.ambassador;

/**
 * An eTwinning ambassador: the person's id and name, the school, region and the year since when (each absent when
 * unknown — a person may have the ambassador standing before their details are recorded).
 */
public record AmbassadorData(String person, String name, String school, String region, Integer since) {
}
