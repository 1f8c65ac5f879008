"""Answers typed as text, and moments: a date, a time, a date and time."""

from __future__ import annotations

import datetime as dt

from .base import AnswerType, invalid, register


@register
class Text(AnswerType):
    name = "text"
    label = ("Văn bản", "Text")

    def check_value(self, item, value):
        return None if isinstance(value, str) else invalid(item, "answer_text")


class _Moment(AnswerType):
    """Stored as ISO text; read the Vietnamese way (dd/MM/yyyy, HH:mm) in both languages."""

    what = ("", "")
    pattern = ""

    def parse(self, value):
        raise NotImplementedError

    def check_value(self, item, value):
        try:
            self.parse(value)
        except (TypeError, ValueError):
            return invalid(item, "answer_moment", what=self.what, pattern=self.pattern)
        return None

    def format(self, item, value, lang):
        try:
            return self.show(self.parse(value))
        except (TypeError, ValueError):
            return str(value)

    def show(self, moment) -> str:
        raise NotImplementedError


@register
class Date(_Moment):
    name = "date"
    label = ("Ngày", "Date")
    what, pattern = ("ngày", "a date"), "YYYY-MM-DD"

    def parse(self, value):
        return dt.date.fromisoformat(value)

    def show(self, moment):
        return moment.strftime("%d/%m/%Y")


@register
class Time(_Moment):
    name = "time"
    label = ("Giờ", "Time")
    what, pattern = ("giờ", "a time"), "HH:MM"

    def parse(self, value):
        return dt.time.fromisoformat(value)

    def show(self, moment):
        return moment.strftime("%H:%M")


@register
class DateTime(_Moment):
    name = "datetime"
    label = ("Ngày giờ", "Date and time")
    what, pattern = ("ngày giờ", "a date and time"), "YYYY-MM-DDTHH:MM"

    def parse(self, value):
        return dt.datetime.fromisoformat(value)

    def show(self, moment):
        return moment.strftime("%d/%m/%Y %H:%M")
