"""PDF reports drawn with ReportLab: Form A, evidence annex, register, recap."""
