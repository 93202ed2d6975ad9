"""Dashboard figures and the monthly recap (rekap bulanan) as CSV, XLSX and PDF."""
