// The discrepancy report writers, for every face that writes one (CLI --report, the app's buttons, the
// archive's export): build a model with buildReportModel, then write it as PDF or Excel bytes.
export { buildReportModel, type ReportInput, type ReportModel } from '../../shared/report/model.ts';
export { writeReportXlsx } from '../../shared/report/xlsx.ts';
export { writeReportPdf } from './pdf.ts';
export { reportModelFromShipment } from './from-shipment.ts';
