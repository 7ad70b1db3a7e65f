"""Write due dates as iCalendar files."""
