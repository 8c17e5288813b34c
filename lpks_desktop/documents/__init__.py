"""reportlab builders for attendance sheets, certificates, letters and reports. Never imports Qt."""
