"""Enrollment in a class: registering people, moving them through selection, Kartu Prakerja data,
the selection announcement and letters, and the cross-institution status lookup's pieces."""
