"""Stored times as the user reads them: in their time zone and their locale's format."""
from __future__ import annotations

from datetime import datetime

# QtCore.X for the date classes: set up with the first note shown, not at start (see desktop/app/application.py).
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication


def local_time(iso: str, *, seconds: bool = False) -> str:
    """A stored UTC ISO time in the user's time zone: "today 14:05", "yesterday 09:12", or a short date."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except (TypeError, ValueError):
        return iso or ""
    stamp = QtCore.QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QtCore.QLocale()
    time_format = locale.timeFormat(QtCore.QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    time = locale.toString(stamp.time(), time_format)
    days = stamp.date().daysTo(QtCore.QDate.currentDate())
    if days == 0:
        return QCoreApplication.translate("local_time", "today %1").replace("%1", time)
    if days == 1:
        return QCoreApplication.translate("local_time", "yesterday %1").replace("%1", time)
    return locale.toString(stamp.date(), QtCore.QLocale.FormatType.ShortFormat) + " " + time
