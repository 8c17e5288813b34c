"""LPKS Desktop: records, schedules, attendance and certificates for Indonesian job-training centres."""

__version__ = "0.1.0"
APP_NAME = "LPKS Desktop"
