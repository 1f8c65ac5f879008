"""The core's error messages, (Vietnamese, English) by code: what happened and what to do."""

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
    # HQ's follow-up of requests (services/requests.py)
    "requests_hq_only": (
        "Chỉ trụ sở (cơ quan thường trực của Đoàn kiểm tra) theo dõi và cập nhật kết quả thực hiện kiến nghị; "
        "máy kiểm tra không thay đổi được.",
        "Only headquarters (the team's standing body) follows requests up and records what became of them; "
        "a field laptop cannot change it.",
    ),
    "request_final": (
        "Kiến nghị này ở tình trạng “{status}”. Hãy mở lại kiến nghị trước khi ghi nhận thay đổi.",
        "This request is “{status}”. Reopen it before recording a change.",
    ),
    "request_already_open": (
        "Kiến nghị này đang được theo dõi, không cần mở lại.",
        "This request is already being followed; there is nothing to reopen.",
    ),
    "request_no_report": (
        "Chưa ghi nhận báo cáo của đơn vị về kiến nghị này. Hãy ghi số, ngày báo cáo trước khi đính kèm bản quét.",
        "No report of the unit is recorded for this request. Record its number and date before attaching scans.",
    ),
    "report_date_future": (
        "Ngày báo cáo {date} muộn hơn ngày ghi nhận {today}. Hãy kiểm tra lại ngày trên văn bản của đơn vị.",
        "The report's date {date} is after the day recorded {today}. Check the date on the unit's document.",
    ),
    "report_date_before_visit": (
        "Ngày báo cáo {date} sớm hơn ngày kiểm tra {visit_date}. Hãy kiểm tra lại ngày trên văn bản của đơn vị.",
        "The report's date {date} is before the visit date {visit_date}. Check the date on the unit's document.",
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
    # -- sync by bundle files -----------------------------------------------------------
    "bundle_not_for_us": (
        "Gói dữ liệu {file} không gửi cho máy này (không được mã hóa cho khóa của không gian làm việc "
        "này). Hãy nhờ nơi gửi xuất lại gói cho đúng máy nhận.",
        "The bundle {file} is not addressed to this workspace (not encrypted for its key). "
        "Ask the sender to export it again for this device.",
    ),
    "bundle_damaged": (
        "Gói dữ liệu {file} bị hỏng hoặc chép chưa hết ({detail}). Không có gì được nhập. "
        "Hãy chép lại tệp từ máy gửi hoặc nhờ xuất lại.",
        "The bundle {file} is damaged or truncated ({detail}). Nothing was imported. "
        "Copy the file again from the sender or ask for a new export.",
    ),
    "bundle_altered": (
        "Nội dung gói dữ liệu {file} đã bị thay đổi sau khi ký ({detail}). Không có gì được nhập. "
        "Không dùng tệp này; hãy nhờ nơi gửi xuất lại và báo cho bộ phận kỹ thuật.",
        "The content of the bundle {file} was altered after it was signed ({detail}). Nothing was "
        "imported. Do not use this file; ask for a new export and tell technical support.",
    ),
    "bundle_unsafe": (
        "Gói dữ liệu {file} chứa mục không an toàn ({detail}) nên bị từ chối. Không có gì được ghi. "
        "Tệp không do Inspector tạo ra hoặc đã bị can thiệp; hãy báo cho bộ phận kỹ thuật.",
        "The bundle {file} holds an unsafe entry ({detail}) and was refused. Nothing was written. "
        "The file was not made by Inspector or was tampered with; tell technical support.",
    ),
    "bundle_version": (
        "Gói dữ liệu {file} dùng định dạng phiên bản {found}, phiên bản Inspector này chỉ đọc được "
        "tới {known}. Hãy cập nhật Inspector rồi nhập lại.",
        "The bundle {file} uses format version {found}; this Inspector reads up to {known}. "
        "Update Inspector and import it again.",
    ),
    "bundle_old_format": (
        "Gói dữ liệu {file} được tạo bằng phiên bản Inspector cũ (định dạng {found}), không chứng minh được "
        "máy nào đã ghi từng thao tác nên không được nhập. Hãy cập nhật Inspector trên máy gửi rồi xuất lại gói.",
        "The bundle {file} was made by an older Inspector (format {found}), which cannot prove which device "
        "made each operation, so it was not imported. Update Inspector on the sending device and export again.",
    ),
    "hq_data_readonly": (
        "Mục này do trụ sở ban hành (phiếu kiểm tra, văn bản, đơn vị, kế hoạch, đoàn, người), nên chỉ trụ sở "
        "được sửa; không có gì thay đổi. Nếu cần sửa, hãy báo trụ sở; trên máy này có thể thêm mục riêng.",
        "This was issued by headquarters (a checklist, document, unit, plan, team or person), so only "
        "headquarters may change it; nothing was changed. Ask headquarters to change it; on this laptop you "
        "can add your own entry instead.",
    ),
    "ops_set_aside": (
        "{count} thao tác do gói này chuyển tiếp không được áp dụng ({detail}). Phần còn lại đã được nhập. {hint}",
        "{count} operations this bundle relays were not applied ({detail}). The rest was imported. {hint}",
    ),
    "bundle_invalid_ops": (
        "Gói dữ liệu {file} có thao tác không hợp lệ ({detail}). Không có gì được nhập. "
        "Máy gửi có thể dùng phiên bản Inspector khác; hãy cập nhật cả hai máy rồi xuất lại.",
        "The bundle {file} holds an invalid operation ({detail}). Nothing was imported. The sender "
        "may run another Inspector version; update both and export again.",
    ),
    "bundle_wrong_kind": (
        "Không nhập được gói \"{kind}\" từ {source} vào không gian làm việc này: {detail}.",
        "A \"{kind}\" bundle from {source} cannot be imported into this workspace: {detail}.",
    ),
    "bundle_unknown_device": (
        "Gói dữ liệu {file} đến từ thiết bị chưa được tin cậy: {name}, vân tay {fingerprint}. "
        "Gói được giữ lại chờ duyệt; hãy so vân tay với người gửi rồi mới duyệt.",
        "The bundle {file} comes from a device that is not trusted: {name}, fingerprint "
        "{fingerprint}. It is held for approval; compare the fingerprint with the sender first.",
    ),
    "bundle_unreadable": (
        "Không đọc được tệp {file}: {detail}. Hãy cắm lại thẻ nhớ USB hoặc kiểm tra ổ đĩa rồi thử lại.",
        "The file {file} cannot be read: {detail}. Plug the USB stick back in or check the drive, "
        "then try again.",
    ),
    "export_failed": (
        "Chưa xuất được gói dữ liệu vào {path}: {detail}. Các gói xuất trước vẫn nguyên vẹn; "
        "hãy kiểm tra thẻ nhớ USB hoặc chỗ trống rồi xuất lại.",
        "The bundle could not be written to {path}: {detail}. Earlier exports are intact; "
        "check the USB stick or the free space and export again.",
    ),
    "export_no_recipients": (
        "Chưa biết gửi gói \"{kind}\" cho máy nào: {hint}",
        "No recipient is known for a \"{kind}\" bundle: {hint}",
    ),
    "export_media_damaged": (
        "Tệp minh chứng {sha} trong thư mục media bị hỏng (nội dung không khớp mã băm) nên chưa xuất "
        "được. Hãy chép lại thư mục media từ bản sao lưu.",
        "The evidence file {sha} in the media folder is damaged (its content does not match its "
        "hash), so nothing was exported. Copy the media folder back from a backup.",
    ),
    "bundle_held_revoked": (
        "Gói dữ liệu {file} đến từ thiết bị đã bị thu hồi: {name}, vân tay {fingerprint} ({by} thu hồi ngày "
        "{at}). Gói được giữ lại, chưa nhập gì. Chỉ tin cậy lại thiết bị khi đã xác minh với người có "
        "trách nhiệm.",
        "The bundle {file} comes from a revoked device: {name}, fingerprint {fingerprint} (revoked by {by} "
        "on {at}). It is held and nothing was imported. Re-trust the device only after checking with the "
        "person responsible.",
    ),
    "bundle_key_changed": (
        "Gói dữ liệu {file} mang mã của thiết bị {name} nhưng được ký bằng khóa khác: vân tay cũ {old}, "
        "vân tay mới {new}. Có thể máy đã được cài đặt lại, hoặc có người đang giả danh máy này. Gói được "
        "giữ lại, chưa nhập gì, khóa cũ vẫn được giữ; hãy hỏi trực tiếp người dùng máy đó trước khi nhận "
        "khóa mới.",
        "The bundle {file} bears the id of the device {name} but is signed with another key: old "
        "fingerprint {old}, new fingerprint {new}. The laptop may have been reinstalled, or someone is "
        "posing as it. The bundle is held and nothing was imported; the old key is kept. Ask the device's "
        "user in person before accepting the new key.",
    ),
    "held_revoked_needs_retrust": (
        "Thiết bị {name} đã bị {by} thu hồi ngày {at}. Duyệt gói không tự tin cậy lại thiết bị; chỉ khi "
        "chọn rõ \"tin cậy lại\" thiết bị mới được tin cậy. Chưa có gì thay đổi.",
        "The device {name} was revoked by {by} on {at}. Approving a bundle does not re-trust it; only an "
        "explicit \"re-trust\" does. Nothing was changed.",
    ),
    "held_key_change_needs_retrust": (
        "Khóa của thiết bị {name} đã thay đổi (vân tay cũ {old}, vân tay mới {new}). Khóa mới chỉ được "
        "nhận khi chọn rõ \"tin cậy lại\" sau khi đã so vân tay mới. Chưa có gì thay đổi.",
        "The key of the device {name} changed (old fingerprint {old}, new fingerprint {new}). The new key "
        "is accepted only by an explicit \"re-trust\" after comparing the new fingerprint. Nothing was "
        "changed.",
    ),
    "keys_rotate_not_hq": (
        "Chỉ không gian làm việc của trụ sở mới thay khóa bằng lệnh này. Máy kiểm tra muốn dùng khóa mới "
        "thì phải đăng ký lại với trụ sở, và trụ sở chỉ nhận khóa mới sau khi đã so vân tay mới. Chưa có gì "
        "thay đổi.",
        "Only a headquarters workspace changes its keys with this command. A field laptop that needs new keys "
        "enrolls again with headquarters, which accepts the new key only after comparing its fingerprint. "
        "Nothing was changed.",
    ),
    "held_fingerprint_mismatch": (
        "Vân tay nhập vào ({given}) không khớp vân tay của thiết bị gửi ({fingerprint}). Chưa duyệt gói.",
        "The fingerprint given ({given}) does not match the sender's ({fingerprint}). The bundle "
        "was not approved.",
    ),
    "bundle_clock_ahead": (
        "Gói dữ liệu {file} từ {source} có thao tác ghi thời điểm muộn hơn giờ của máy này {ahead}: "
        "đồng hồ của máy gửi đang chạy sai. Gói được giữ nguyên, chưa nhập gì. Hãy chỉnh lại ngày giờ "
        "trên máy gửi rồi xuất lại gói.",
        "The bundle {file} from {source} holds operations dated {ahead} later than this machine's "
        "clock: the sender's clock is wrong. It was kept as it is and nothing was imported. Set the "
        "date and time on the sending machine and export again.",
    ),
    "bundle_clock_behind": (
        "Đồng hồ của máy này chậm hơn đồng hồ của trụ sở ({source}) khoảng {behind}. Gói {file} được "
        "giữ nguyên, chưa nhập gì. Hãy chỉnh lại ngày giờ của máy này rồi nhập lại gói.",
        "This machine's clock is about {behind} behind headquarters' ({source}). The bundle {file} "
        "was kept as it is and nothing was imported. Set this machine's date and time, then import "
        "the bundle again.",
    ),
    "clock_behind": (
        "Lưu ý: đồng hồ của máy này chậm hơn đồng hồ của {source} khoảng {behind}. Hãy chỉnh lại ngày "
        "giờ của máy để các thay đổi được sắp xếp đúng thứ tự.",
        "Note: this machine's clock is about {behind} behind {source}'s. Set this machine's date and "
        "time so that changes are ordered correctly.",
    ),
    "bundle_unexpected": (
        "Không nhập được gói dữ liệu {file} do lỗi không lường trước khi kiểm tra nội dung. Không có gì "
        "được nhập; các gói khác vẫn được nhập. Hãy báo cho bộ phận kỹ thuật.",
        "The bundle {file} could not be imported: an unexpected error while checking its content. "
        "Nothing was imported from it; the other bundles were. Tell technical support.",
    ),
    "conflict_resolved_already": (
        "Xung đột này đã được giải quyết (có thể trên máy khác). Hãy làm mới danh sách.",
        "This conflict has already been resolved (perhaps on another device). Refresh the list.",
    ),
    # Re-inspection (services/reinspection.py)
    "reinspection_hq_only": (
        "Chỉ trụ sở mới lập hoặc hủy kế hoạch tái kiểm tra. Trên máy kiểm tra, các cuộc tái kiểm tra "
        "đến cùng gói dữ liệu trụ sở gửi.",
        "Only headquarters plans or cancels re-inspections. On a field laptop they arrive with "
        "headquarters' distribution package.",
    ),
    "reinspection_nothing_open": (
        "Đơn vị {unit} không còn kiến nghị nào chưa khắc phục cần tái kiểm tra (hoặc các kiến nghị đó đã có "
        "trong một cuộc tái kiểm tra chưa thực hiện). Không có gì được tạo.",
        "The unit {unit} has no open request left to re-inspect (or they are already in a re-inspection "
        "not yet done). Nothing was created.",
    ),
    "reinspection_request_not_open": (
        "Kiến nghị “{text}” không phải kiến nghị còn mở của đơn vị {unit}, nên không đưa vào cuộc tái "
        "kiểm tra được. Không có gì được tạo.",
        "The request “{text}” is not an open request of the unit {unit}, so it cannot be part of the "
        "re-inspection. Nothing was created.",
    ),
    "reinspection_already_planned": (
        "Kiến nghị “{text}” đã có trong cuộc tái kiểm tra dự kiến ngày {day}. Hãy hủy cuộc đó trước "
        "nếu muốn lập lại. Không có gì được tạo.",
        "The request “{text}” is already in the re-inspection planned for {day}. Cancel that one first "
        "to plan it again. Nothing was created.",
    ),
    "reinspection_started": (
        "Cuộc tái kiểm tra này đã bắt đầu nên không hủy được; kết quả của đoàn sẽ được gửi về trụ sở.",
        "This re-inspection has started, so it cannot be cancelled; the team's results will come back "
        "to headquarters.",
    ),
    "reinspection_not_reinspection": (
        "Cuộc kiểm tra này không phải cuộc tái kiểm tra, nên không ghi kết quả kiểm tra lại kiến nghị được.",
        "This visit is not a re-inspection, so no request can be checked in it.",
    ),
    "hq_plan_readonly": (
        "Cuộc kiểm tra này do trụ sở lập kế hoạch: đơn vị, ngày dự kiến, đoàn, kế hoạch và phiếu kiểm tra chỉ trụ sở "
        "được sửa; không có gì thay đổi. Nếu cần đổi, hãy báo trụ sở. Đoàn vẫn ghi giờ đến, giờ kết thúc, tên "
        "cuộc kiểm tra và địa điểm như mọi cuộc kiểm tra.",
        "Headquarters planned this visit: its unit, planned day, team, plan and checklists are headquarters' to "
        "change; nothing changed. Ask headquarters to change them. The team still records the arrival and "
        "leaving times, the visit's title and place as in any visit.",
    ),
    "reinspection_request_not_listed": (
        "Kiến nghị “{text}” không nằm trong danh sách trụ sở giao kiểm tra lại ở cuộc tái kiểm tra này; "
        "không có gì thay đổi.",
        "The request “{text}” is not among those headquarters listed for this re-inspection; nothing "
        "changed.",
    ),
    # the PAR index (services/par.py)
    "par_not_loaded": (
        "Chưa có Bộ chỉ số cải cách hành chính trong không gian làm việc. Hãy nạp bằng lệnh "
        "inspector-cli par load (tại máy trụ sở).",
        "No PAR index is held in this workspace. Load it with inspector-cli par load (on the HQ machine).",
    ),
    "par_hq_only": (
        "Chỉ máy trụ sở được nạp, sửa Bộ chỉ số cải cách hành chính và quyết định điểm trừ; máy kiểm tra "
        "nhận Bộ chỉ số qua gói dữ liệu của trụ sở.",
        "Only the HQ machine loads and edits the PAR index and decides deductions; a field laptop receives "
        "the index in HQ's bundle.",
    ),
    "par_file_invalid": (
        "Tệp Bộ chỉ số {file} không đúng định dạng ({detail}); không nạp gì. Hãy kiểm tra tệp: mỗi tiêu chí "
        "cần mã, tên, điểm, và điểm của tiêu chí có tiêu chí thành phần bằng tổng điểm các tiêu chí thành phần.",
        "The index file {file} is not valid ({detail}); nothing was loaded. Each criterion needs a code, a "
        "title and points, and a criterion's points must equal the sum of its sub-criteria's.",
    ),
    "par_points_from_parts": (
        "Điểm của tiêu chí {criterion} là tổng điểm các tiêu chí thành phần; hãy sửa điểm của từng tiêu chí thành "
        "phần.",
        "The points of criterion {criterion} are the sum of its sub-criteria's; change those instead.",
    ),
    "par_map_leaf": (
        "Tiêu chí {criterion} có tiêu chí thành phần; hãy gắn mục của phiếu vào một tiêu chí thành phần.",
        "Criterion {criterion} has sub-criteria; map the checklist item to one of them.",
    ),
    "par_item_unknown": (
        "Không có mục {item} trong phiếu kiểm tra mã {template}; chưa gắn gì.",
        "No item {item} in a checklist coded {template}; nothing was mapped.",
    ),
    "par_points_range": (
        "{field} phải từ 0 đến {top} điểm (điểm tối đa của tiêu chí); đã nhập {value}.",
        "The {field} must lie between 0 and {top} points (the criterion's maximum); {value} was given.",
    ),
    "par_override_reason": (
        "Khi điều chỉnh điểm trừ khác với đề xuất, hãy ghi lý do điều chỉnh.",
        "Give the reason when the deduction differs from the proposal.",
    ),
}
