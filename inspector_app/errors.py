"""Errors the core raises, each with a Vietnamese and an English message.

The core has no Qt and so no `tr()`: every error carries a code and
parameters, and `message(lang)` renders it from the catalogue below. The
messages say what happened and what to do, in words an official reads.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "workspace_locked": (
        "Không gian làm việc {path} đang được mở bởi tiến trình {pid}. "
        "Hãy đóng cửa sổ Inspector kia rồi thử lại.",
        "The workspace {path} is already open by process {pid}. "
        "Close the other Inspector window and try again.",
    ),
    "workspace_missing": (
        "Không tìm thấy không gian làm việc tại {path}. "
        "Hãy kiểm tra đường dẫn hoặc tạo mới bằng lệnh init.",
        "No workspace was found at {path}. Check the path or create one with init.",
    ),
    "workspace_exists": (
        "Đã có một không gian làm việc tại {path}; không tạo đè lên dữ liệu cũ.",
        "A workspace already exists at {path}; it was not overwritten.",
    ),
    "workspace_newer": (
        "Không gian làm việc được tạo bởi phiên bản Inspector mới hơn (lược đồ {found}, "
        "phiên bản này hiểu tới {known}). Hãy cập nhật Inspector.",
        "The workspace was made by a newer Inspector (schema {found}; this version "
        "knows up to {known}). Update Inspector.",
    ),
    "database_damaged": (
        "Cơ sở dữ liệu của không gian làm việc bị hỏng ({detail}). "
        "Không ghi thêm gì; hãy liên hệ bộ phận kỹ thuật và giữ nguyên thư mục {path}.",
        "The workspace database is damaged ({detail}). Nothing more was written; "
        "contact technical support and keep the folder {path} as it is.",
    ),
    "disk_full": (
        "Ổ đĩa đã đầy, chưa lưu được thay đổi vừa rồi. Dữ liệu đã lưu trước đó vẫn "
        "nguyên vẹn. Hãy giải phóng dung lượng rồi thử lại.",
        "The disk is full; the last change was not stored. Everything stored "
        "before is intact. Free some space and try again.",
    ),
    "bad_role": (
        "Vai trò không hợp lệ: {role}. Chọn 'field' (máy kiểm tra) hoặc 'hq' (trụ sở).",
        "Invalid role: {role}. Choose 'field' (laptop) or 'hq' (headquarters).",
    ),
    "not_found": (
        "Không tìm thấy {what} có mã {id}.",
        "No {what} with id {id} was found.",
    ),
    "required": (
        "Chưa nhập {field}. Đây là thông tin bắt buộc.",
        "{field} is empty. It is required.",
    ),
    "invalid_value": (
        "Giá trị không hợp lệ cho {field}: {detail}.",
        "Invalid value for {field}: {detail}.",
    ),
    "unknown_field": (
        "Trường {field} không thuộc {what}.",
        "{field} is not a field of {what}.",
    ),
    "item_not_in_visit": (
        "Tiêu chí {item} không thuộc phiên bản phiếu kiểm tra mà cuộc kiểm tra này sử dụng.",
        "Item {item} is not in the checklist version this visit uses.",
    ),
    "record_required": (
        "Tiêu chí {item} thuộc phần lặp lại \"{section}\": hãy chọn hoặc thêm một dòng trước.",
        "Item {item} belongs to the repeatable section \"{section}\": pick or add a row first.",
    ),
    "record_mismatch": (
        "Dòng đã chọn không thuộc phần \"{section}\" của cuộc kiểm tra này.",
        "The selected row is not in section \"{section}\" of this visit.",
    ),
    "derived_item": (
        "Tiêu chí {item} được tính tự động, không nhập tay.",
        "Item {item} is computed and cannot be typed in.",
    ),
    "condition_unmet": (
        "Tiêu chí {item} không áp dụng theo câu trả lời trước đó.",
        "Item {item} does not apply given an earlier answer.",
    ),
    "deadline_before_visit": (
        "Thời hạn {deadline} sớm hơn ngày kiểm tra {visit_date}. Hãy chọn thời hạn từ ngày kiểm tra trở đi.",
        "The deadline {deadline} is before the visit date {visit_date}. Choose a later date.",
    ),
    "bad_transition": (
        "Không thể chuyển cuộc kiểm tra từ \"{current}\" sang \"{target}\".",
        "A visit cannot go from \"{current}\" to \"{target}\".",
    ),
    "visit_not_editable": (
        "Cuộc kiểm tra đang ở trạng thái \"{status}\", không sửa kết quả được. {hint}",
        "The visit is \"{status}\" and its results cannot be changed. {hint}",
    ),
    "reason_required": (
        "Cần ghi lý do: {why}.",
        "A reason is required: {why}.",
    ),
    "template_locked": (
        "Phiếu \"{title}\" phiên bản {version} đã được dùng trong cuộc kiểm tra nên không sửa được. "
        "Hãy tạo phiên bản mới để chỉnh sửa.",
        "Checklist \"{title}\" version {version} has been used by a visit and cannot change. "
        "Make a new version to edit it.",
    ),
    "checklist_file": (
        "Tệp phiếu kiểm tra {file} không hợp lệ: {detail}.",
        "The checklist file {file} is invalid: {detail}.",
    ),
    "cycle": (
        "Không thể đặt đơn vị {unit} làm cấp dưới của chính nó.",
        "Unit {unit} cannot be placed under itself.",
    ),
    "media_unreadable": (
        "Không đọc được tệp {path}: {detail}. Hãy kiểm tra tệp hoặc thiết bị lưu trữ.",
        "Cannot read the file {path}: {detail}. Check the file or the storage device.",
    ),
    "selftest_failed": (
        "Tự kiểm tra thất bại: {detail}.",
        "Self-test failed: {detail}.",
    ),
}


class InspectorError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, code: str, **params: object) -> None:
        if code not in MESSAGES:
            raise KeyError(code)
        self.code = code
        self.params = params
        super().__init__(self.message("vi"))

    def message(self, lang: str = "vi") -> str:
        vi, en = MESSAGES[self.code]
        # A parameter given as a (vi, en) pair is itself translated.
        params = {k: (v[1] if lang == "en" else v[0]) if isinstance(v, tuple) else v
                  for k, v in self.params.items()}
        return (en if lang == "en" else vi).format(**params)


class ValidationError(InspectorError):
    """A mutation was refused before anything was written."""


class NotFoundError(ValidationError):
    pass


class LifecycleError(ValidationError):
    pass


class WorkspaceError(InspectorError):
    """The workspace cannot be opened, created or written."""


class WorkspaceLockedError(WorkspaceError):
    def __init__(self, path: str, pid: int) -> None:
        super().__init__("workspace_locked", path=path, pid=pid)
        self.pid = pid
