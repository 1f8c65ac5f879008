"""argparse's own refusals, in the command line's two languages.

argparse words a wrong command in English ("the following arguments are
required: --out"); `cli_usage.words` finds which of these it is and says it
here instead, so a Vietnamese user never reads an English fragment. In
English the command line prints argparse's own words, which these follow.
"""

from __future__ import annotations

USAGE: dict[str, tuple[str, str]] = {
    "cli.usage.required": (
        "còn thiếu {names}",
        "the following arguments are required: {names}",
    ),
    "cli.usage.one_of": (
        "cần một trong các tham số {names}",
        "one of the arguments {names} is required",
    ),
    "cli.usage.unknown": (
        "không hiểu phần {names}",
        "unrecognized arguments: {names}",
    ),
    "cli.usage.choice": (
        "{name} không có lựa chọn {value} (chọn một trong: {choices})",
        "argument {name}: invalid choice: {value} (choose from {choices})",
    ),
    "cli.usage.value": (
        "{name} cần một giá trị",
        "argument {name}: expected one argument",
    ),
    "cli.usage.values": (
        "{name} cần {count} giá trị",
        "argument {name}: expected {count} arguments",
    ),
    "cli.usage.invalid": (
        "giá trị {value} của {name} không hợp lệ",
        "argument {name}: invalid value: {value}",
    ),
    "cli.usage.together": (
        "không dùng {name} cùng với {other}",
        "argument {name}: not allowed with argument {other}",
    ),
    "cli.usage.ambiguous": (
        "tùy chọn {name} chưa rõ, có thể là: {matches}",
        "ambiguous option: {name} could match {matches}",
    ),
    "cli.usage.other": (
        "cách viết lệnh chưa đúng",
        "the command is not written correctly",
    ),
}
