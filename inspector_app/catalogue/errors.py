"""The core's error messages, (Vietnamese, English) by code: what happened and what to do.

The workspace, answers, checklists, visits, findings, media and minutes; the messages of
sync are in `errors_sync.py`, those of headquarters' follow-up in `errors_hq.py`."""

from __future__ import annotations

ERRORS: dict[str, tuple[str, str]] = {
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
    "workspace_busy": (
        "Không gian làm việc đang bận lưu một việc khác (nhập hoặc xuất gói dữ liệu), nên thay đổi "
        "vừa rồi chưa được lưu. Dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy đợi việc đó xong rồi thử lại.",
        "The workspace is busy storing another job (a bundle import or export), so the last change "
        "was not stored. Everything stored before is intact. Wait for that job to finish and try again.",
    ),
    "visit_without_team": (
        "Cuộc kiểm tra chưa gắn với đoàn kiểm tra nào nên chưa có thành viên để thêm. "
        "Hãy chọn đoàn trong thông tin cuộc kiểm tra, hoặc thêm từng người bằng nút Thêm.",
        "The visit has no inspection team, so there are no members to add. "
        "Choose the team in the visit's details, or add people one by one with Add.",
    ),
    "nothing_to_undo": (
        "Không còn thay đổi nào của cuộc kiểm tra này để hoàn tác.",
        "There is no change of this visit left to undo.",
    ),
    "nothing_to_redo": (
        "Không có thay đổi nào vừa hoàn tác để làm lại.",
        "There is no undone change to redo.",
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
    # -- answers and answer types (inspector_app/checklists/types) -----------------------
    "answer_pick": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: hãy chọn {options}.",
        "Invalid answer for item {field}: choose {options}.",
    ),
    "answer_pick_some": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: hãy chọn một hoặc nhiều trong: {options}.",
        "Invalid answer for item {field}: choose one or more of: {options}.",
    ),
    "answer_number": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: hãy nhập một số.",
        "Invalid answer for item {field}: enter a number.",
    ),
    "answer_count": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: hãy nhập một số nguyên từ 0 trở lên.",
        "Invalid answer for item {field}: enter a whole number, 0 or more.",
    ),
    "answer_range": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: hãy nhập một số từ {low} đến {high}.",
        "Invalid answer for item {field}: enter a number from {low} to {high}.",
    ),
    "answer_decimals": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: chỉ ghi tối đa {places} chữ số sau dấu phẩy.",
        "Invalid answer for item {field}: use at most {places} decimal place(s).",
    ),
    "answer_text": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: hãy nhập văn bản.",
        "Invalid answer for item {field}: enter some text.",
    ),
    "answer_moment": (
        "Câu trả lời cho tiêu chí {field} không hợp lệ: cần {what} dạng {pattern}.",
        "Invalid answer for item {field}: {what} is needed as {pattern}.",
    ),
    "item_type_unknown": (
        "Tiêu chí {item}: không có kiểu câu trả lời (answer_type) \"{kind}\"; các kiểu có: {known}.",
        "Item {item}: there is no answer type (answer_type) \"{kind}\"; the types are: {known}.",
    ),
    "item_setting_missing": (
        "Tiêu chí {item}: cần {setting}.",
        "Item {item}: {setting} is needed.",
    ),
    "item_setting_unused": (
        "Tiêu chí {item}: kiểu câu trả lời \"{kind}\" không tính {setting}; hãy bỏ trống.",
        "Item {item}: a \"{kind}\" answer has no {setting}; leave it empty.",
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
    "duplicate_participant": (
        "{name} đã có trong danh sách {side} (dòng {row}): mỗi người chỉ ghi một lần. "
        "Hãy sửa dòng đã có thay vì thêm dòng mới.",
        "{name} is already listed for the {side} (row {row}): each person is listed once. "
        "Edit that row instead of adding a new one.",
    ),
    "duplicate_record": (
        "{label} đã được ghi ở dòng {row} của bảng {section}: mỗi người, mỗi hồ sơ chỉ ghi một dòng. "
        "Hãy sửa dòng {row} thay vì ghi lại.",
        "{label} is already in row {row} of the table {section}: each person or file has one row. "
        "Edit row {row} instead of entering it again.",
    ),
    "no_contradiction": (
        "Điểm danh, hồ sơ không ghi nhận vi phạm nào trái với kết quả của tiêu chí {item}: không có gì cần sửa.",
        "No roll-call row or case file contradicts the answer to item {item}: nothing to correct.",
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
    "media_missing": (
        "Không tìm thấy tệp gốc của minh chứng \"{name}\" trong thư mục media của không gian làm việc. "
        "Hãy chép lại thư mục media từ bản sao lưu, hoặc nhập lại tệp này.",
        "The original of the evidence file \"{name}\" is missing from the workspace's media folder. "
        "Copy the media folder back from a backup, or import the file again.",
    ),
    "image_unreadable": (
        "Không hiển thị được ảnh \"{name}\" ({detail}): tệp bị hỏng hoặc không phải định dạng ảnh "
        "được hỗ trợ. Tệp gốc vẫn được giữ nguyên; hãy mở bằng phần mềm khác hoặc chụp lại.",
        "The photo \"{name}\" cannot be shown ({detail}): the file is damaged or in an unsupported "
        "format. The original is kept as it is; open it with other software or take it again.",
    ),
    "not_a_photo": (
        "Không nhận tệp \"{name}\" làm ảnh minh chứng: {detail}. Tệp không được thêm vào cuộc kiểm tra; "
        "hãy chọn đúng tệp ảnh (JPEG hoặc PNG) hoặc chụp lại.",
        "The file \"{name}\" was not taken as a photo: {detail}. It was not added to the visit; "
        "choose the right photo file (JPEG or PNG) or take the photo again.",
    ),
    "watch_folder_missing": (
        "Không truy cập được thư mục theo dõi {path}. Hãy cắm lại thẻ nhớ hoặc máy ảnh, "
        "hoặc chọn thư mục khác.",
        "The watched folder {path} cannot be reached. Plug the memory card or camera back in, "
        "or choose another folder.",
    ),
    "recording_failed": (
        "Không ghi âm được: {detail}. Hãy kiểm tra micrô trong cài đặt âm thanh của máy rồi thử lại; "
        "vẫn có thể đính kèm tệp ghi âm có sẵn.",
        "Recording failed: {detail}. Check the microphone in the computer's sound settings and try "
        "again; existing recordings can still be attached.",
    ),
    "recording_not_saved": (
        "Bản ghi âm chưa được lưu vào cuộc kiểm tra ({detail}). Tệp vẫn nằm ở {path}; "
        "hãy đính kèm lại tệp này bằng nút \"Đính kèm tệp ghi âm\".",
        "The recording was not stored in the visit ({detail}). The file is still at {path}; "
        "attach it again with the \"Attach recordings\" button.",
    ),
    "selftest_failed": (
        "Tự kiểm tra thất bại: {detail}.",
        "Self-test failed: {detail}.",
    ),
    "minutes_incomplete": (
        "Chưa lập được biên bản vì còn thiếu: {missing}. Hãy bổ sung rồi tạo lại.",
        "The minutes cannot be generated; missing: {missing}. Add them and try again.",
    ),
    "minutes_locked": (
        "Biên bản lần {version} đã ký nên không sửa được. Mọi thay đổi phải lập biên bản bổ sung.",
        "Version {version} of the minutes is signed and cannot change. Changes need an amendment.",
    ),
    "minutes_not_signed": (
        "Cuộc kiểm tra chưa có biên bản đã ký; chỉ lập biên bản bổ sung sau khi biên bản đã được ký.",
        "The visit has no signed minutes; an amendment follows signed minutes only.",
    ),
    "minutes_stale_pdf": (
        "Tệp PDF không khớp với nội dung hiện tại của biên bản (đã có thay đổi sau khi tạo). "
        "Hãy tạo lại biên bản, in lại rồi mới ký.",
        "The PDF does not match the minutes' current content (something changed since it was made). "
        "Generate and print it again before signing.",
    ),
    "minutes_template": (
        "Mẫu biên bản {file} không hợp lệ: {detail}.",
        "The minutes template {file} is invalid: {detail}.",
    ),
    "minutes_not_inspector_pdf": (
        "Tệp {path} không phải biên bản do Inspector tạo: không tìm thấy mã kiểm tra trong tệp.",
        "{path} is not minutes made by Inspector: no integrity code was found in it.",
    ),
}
