package gr.etwinning.synedrio.application.port.in.report;

import gr.etwinning.synedrio.application.report.ReportModel;

/** The report's model itself, every figure with its provenance, for other formats and tools (JSON). */
public interface GetReportModelUseCase {

    ReportModel reportModel(int edition);
}
