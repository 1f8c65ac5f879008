"""What `inspector-cli` prints, (Vietnamese, English) by code, one group per command module."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str]] = {
    # inspector-cli itself (cli.py)
    "cli.created": (
        "Đã tạo không gian làm việc ({role}) tại {path}.",
        "Created a {role} workspace at {path}.",
    ),
    "cli.device": (
        "Thiết bị: {name} ({id})",
        "Device: {name} ({id})",
    ),
    "cli.fingerprint": (
        "Vân tay khóa ký: {fp}",
        "Signing-key fingerprint: {fp}",
    ),
    "cli.path": (
        "Thư mục: {path}",
        "Folder: {path}",
    ),
    "cli.role": (
        "Vai trò: {role}",
        "Role: {role}",
    ),
    "cli.schema": (
        "Phiên bản lược đồ: {v}",
        "Schema version: {v}",
    ),
    "cli.integrity": (
        "Kiểm tra toàn vẹn cơ sở dữ liệu: {ok}",
        "Database integrity check: {ok}",
    ),
    "cli.ok": (
        "đạt",
        "ok",
    ),
    "cli.bad": (
        "LỖI",
        "FAILED",
    ),
    "cli.counts": (
        "Đơn vị {org_unit}, phiếu kiểm tra {checklist_template}, kế hoạch {plan}, đoàn {team}, cuộc kiểm "
        "tra {visit}, kết quả {observation}, ghi nhận {finding}, kiến nghị {request}, tệp minh chứng "
        "{media}, thao tác {ops}",
        "Units {org_unit}, checklists {checklist_template}, plans {plan}, teams {team}, visits {visit}, "
        "answers {observation}, findings {finding}, requests {request}, media {media}, operations {ops}",
    ),
    "cli.demo_done": (
        "Đã tạo dữ liệu mẫu: {visits} cuộc kiểm tra.",
        "Demo data created: {visits} visits.",
    ),
    "cli.demo_exists": (
        "Không gian làm việc đã có cuộc kiểm tra; dữ liệu mẫu chỉ tạo trong không gian trống.",
        "The workspace already has visits; demo data goes into an empty workspace only.",
    ),
    "cli.selftest_ok": (
        "Tự kiểm tra: đạt ({path}).",
        "Self-test: ok ({path}).",
    ),
    "cli.no_hits": (
        "Không tìm thấy kết quả nào.",
        "Nothing found.",
    ),
    "cli.items": (
        "{n} tiêu chí",
        "{n} items",
    ),
    "cli.repeatable": (
        "lặp lại theo: {label}",
        "repeated per: {label}",
    ),
    "cli.usage": (
        "Lệnh không hợp lệ: {msg}. Xem: inspector-cli --help",
        "Invalid command: {msg}. See: inspector-cli --help",
    ),
    "cli.unexpected": (
        "Lỗi không mong đợi: {msg}. Dữ liệu đã lưu không bị ảnh hưởng; hãy báo bộ phận kỹ thuật.",
        "Unexpected error: {msg}. Stored data is not affected; please report it.",
    ),
    # minutes (cli_minutes.py)
    "minutes.rendered": (
        "Đã tạo biên bản lần {version} ({pages} trang) tại {path}. Mã kiểm tra SHA-256: {sha}.",
        "Minutes version {version} written to {path} ({pages} pages). Integrity SHA-256: {sha}.",
    ),
    "minutes.contradiction": (
        "Lưu ý: tiêu chí {item} được đánh giá “{answered}” nhưng {rows}; biên bản ghi tiêu chí này "
        "“Không đạt”. Nếu đúng vậy, hãy sửa kết quả tiêu chí cho khớp.",
        "Note: item {item} is answered “{answered}” but {rows}; the minutes print it “Không đạt” "
        "(non-compliant). If so, correct the item's answer to match.",
    ),
    "minutes.decision_gap": (
        "Căn cứ {which} chưa ghi {parts}: biên bản sẽ in dòng chấm để điền tay. Bổ sung ở Thư viện → {tab}, "
        "chọn “{owner}”, bấm “{button}”.",
        "The basis {which} lacks {parts}: the minutes leave a dotted line to write by hand. Add it in "
        "Thư viện (Library) → {tab}, select “{owner}”, press “{button}”.",
    ),
    "minutes.draft_rendered": (
        "Đã tạo bản dự thảo biên bản ({pages} trang, có chữ “DỰ THẢO” trên mọi trang) tại {path}. Bản dự thảo "
        "chỉ để xem trước, không dùng để ký.",
        "Draft minutes written to {path} ({pages} pages, marked “DỰ THẢO” (draft) on every page). A draft is "
        "for reading only, never for signing.",
    ),
    "minutes.signed_copy": (
        "Biên bản lần {version} đã ký: đã ghi bản đã ký (nguyên vẹn) ra {path}.",
        "Minutes version {version} are signed: the signed copy was written unchanged to {path}.",
    ),
    # bundles and conflicts (cli_sync.py)
    "sync.enrolled": (
        "Đã ghi yêu cầu đăng ký máy vào {path}. Vân tay: {fp}. Hãy gửi tệp cho trụ sở và đọc vân tay cho "
        "cán bộ trụ sở so khớp.",
        "Enrollment request written to {path}. Fingerprint: {fp}. Send the file to HQ and read the "
        "fingerprint to them to compare.",
    ),
    "sync.exported": (
        "Đã xuất gói {kind}: {path} ({ops} thao tác, {media} tệp minh chứng, {size} byte), gửi cho: {to}.",
        "Exported a {kind} bundle: {path} ({ops} operations, {media} files, {size} bytes), for: {to}.",
    ),
    "sync.unencrypted": (
        "CẢNH BÁO: gói không được mã hóa; ai có tệp cũng đọc được nội dung. Chỉ dùng khi thật cần.",
        "WARNING: the bundle is not encrypted; anyone with the file can read it. Use only if needed.",
    ),
    "sync.accepted": (
        "Đã nhập {file}: {kind} từ {source}; {new} thao tác mới / {ops}, {media} tệp minh chứng mới.",
        "Imported {file}: {kind} from {source}; {new} new operations / {ops}, {media} new files.",
    ),
    "sync.already_had": (
        "Đã có sẵn {file} ({kind} từ {source}); không có gì thay đổi.",
        "Already had {file} ({kind} from {source}); nothing changed.",
    ),
    "sync.held_device": (
        "Giữ lại chờ duyệt: {msg}\n  Thiết bị: {name} — vai trò: {role} — người dùng: {person} — vân tay: {fp}\n"
        "  Chỉ duyệt khi vân tay khớp từng nhóm: inspector-cli import --trust \"{fp}\" {file}",
        "Held for approval: {msg}\n  Device: {name} — role: {role} — user: {person} — fingerprint: {fp}\n"
        "  Approve only if every group matches: inspector-cli import --trust \"{fp}\" {file}",
    ),
    "sync.held_retrust": (
        "Giữ lại chờ duyệt: {msg}\n  Thiết bị: {name} — vai trò: {role} — người dùng: {person} — vân tay: {fp}\n"
        "  Chỉ tin cậy lại khi đã xác minh: inspector-cli import --retrust \"{fp}\" {file}",
        "Held for approval: {msg}\n  Device: {name} — role: {role} — user: {person} — fingerprint: {fp}\n"
        "  Re-trust only after checking: inspector-cli import --retrust \"{fp}\" {file}",
    ),
    "sync.not_approved": (
        "Chưa duyệt {file}: {msg}",
        "Not approved {file}: {msg}",
    ),
    "sync.held_clock": (
        "Chưa nhập: {msg}",
        "Not imported: {msg}",
    ),
    "sync.rejected": (
        "Từ chối {file}: {msg}",
        "Rejected {file}: {msg}",
    ),
    "sync.quarantined": (
        "  Tệp đã được chuyển vào: {path}",
        "  The file was moved to: {path}",
    ),
    "sync.none": (
        "Không tìm thấy gói dữ liệu (.bundle) nào.",
        "No bundle (.bundle) was found.",
    ),
    "sync.verify_ok": (
        "Gói hợp lệ: {kind} từ {source} (vân tay {fp}), tạo lúc {at}, {ops} thao tác, {files} tệp; thiết "
        "bị gửi: {trust}.",
        "Valid bundle: {kind} from {source} (fingerprint {fp}), made {at}, {ops} operations, {files} "
        "files; sender: {trust}.",
    ),
    "sync.no_conflicts": (
        "Không có xung đột nào cần giải quyết.",
        "No conflict to resolve.",
    ),
    "sync.conflict": (
        "{entity} \"{title}\" — trường {field}: đang giữ {current} ({cur_who}, {cur_when}); giá trị khác "
        "{value} ({who}, {when}) [{key}]",
        "{entity} \"{title}\" — field {field}: holds {current} ({cur_who}, {cur_when}); other value "
        "{value} ({who}, {when}) [{key}]",
    ),
    "sync.signed": (
        "  (biên bản đã ký: không thay đổi qua đồng bộ; thay đổi phải lập biên bản bổ sung)",
        "  (signed minutes: not changed by sync; changes need an amended version)",
    ),
    "sync.signed_attempt": (
        "Thay đổi biên bản đã ký từ thiết bị {device}",
        "An attempt to change signed minutes from device {device}",
    ),
    "sync.unnamed_device": (
        "chưa rõ tên",
        "unnamed",
    ),
    "sync.resolved": (
        "Đã giải quyết xung đột {key}.",
        "Conflict {key} resolved.",
    ),
    "sync.keys_rotated": (
        "Đã thay khóa của trụ sở (lần {n}). Vân tay cũ: {old}. Vân tay mới: {new}. Từ nay mọi gói được ký "
        "bằng khóa mới; gói phân phối và giấy biên nhận mang lời xác nhận thay khóa ký bằng khóa cũ, nên các "
        "máy kiểm tra tự nhận khóa mới khi nhập gói phân phối tiếp theo. Khóa giải mã cũ vẫn được giữ để đọc "
        "các gói đã mã hóa cho nó.",
        "Headquarters' keys were changed (rotation {n}). Old fingerprint: {old}. New fingerprint: {new}. Every "
        "bundle is now signed with the new key; distributions and receipts carry the succession statement "
        "signed by the old key, so field laptops take the new key when they import the next distribution. "
        "The old decryption key is kept to read bundles encrypted to it.",
    ),
    # a visit's record (cli_visit.py)
    "visit.undone": (
        "Đã hoàn tác thay đổi: {what}.",
        "Undone: {what}.",
    ),
    "visit.redone": (
        "Đã làm lại thay đổi: {what}.",
        "Redone: {what}.",
    ),
    "visit.finding_added": (
        "Đã thêm ghi nhận {finding}.",
        "Added finding {finding}.",
    ),
    "visit.request_added": (
        "Đã thêm kiến nghị {request} kèm ghi nhận.",
        "Added request {request} with the finding.",
    ),
    "visit.participant_added": (
        "Đã thêm người tham dự {participant}.",
        "Added participant {participant}.",
    ),
    "visit.participant_edited": (
        "Đã sửa thông tin người tham dự {participant}.",
        "Changed participant {participant}.",
    ),
    "visit.team_added": (
        "Đã thêm {n} thành viên đoàn vào thành phần tham dự.",
        "Added {n} team members as participants.",
    ),
    "visit.started": (
        "Đã bắt đầu cuộc kiểm tra lúc {when}.",
        "The visit was started at {when}.",
    ),
    "visit.trigger_set": (
        "Đã ghi lý do kiểm tra; biên bản nêu lý do này ở phần mở đầu.",
        "The reason for the visit was recorded; the minutes state it in their opening.",
    ),
    "visit.trigger_cleared": (
        "Đã xóa lý do kiểm tra.",
        "The reason for the visit was removed.",
    ),
    "visit.concluded": (
        "Đã kết thúc cuộc kiểm tra lúc {when}. Có thể tạo biên bản: inspector-cli minutes render {visit} "
        "--out bien-ban.pdf",
        "The visit was concluded at {when}. The minutes can be made: inspector-cli minutes render {visit} "
        "--out bien-ban.pdf",
    ),
    "visit.no_item": (
        "Phiếu của cuộc kiểm tra không có tiêu chí mã {code}.",
        "The visit's checklists have no item with code {code}.",
    ),
    # headquarters: the register of requests and its follow-up letters (cli_requests.py)
    "requests.line": (
        "{deadline}  {status}  {unit}: {text}  [{id}]",
        "{deadline}  {status}  {unit}: {text}  [{id}]",
    ),
    "requests.count": (
        "{count} kiến nghị ({late} quá hạn chưa khắc phục), trong {total} kiến nghị của sổ theo dõi.",
        "{count} requests ({late} overdue and not fixed), of {total} in the register.",
    ),
    "requests.updated": (
        "Đã ghi nhận. Tình trạng của kiến nghị {id}: {status}.",
        "Recorded. The status of request {id}: {status}.",
    ),
    "requests.letter": (
        "{unit}: {count} kiến nghị quá hạn → {path}",
        "{unit}: {count} overdue requests → {path}",
    ),
    "requests.letters": (
        "Đã lập {count} công văn đôn đốc (.docx) trong {path}; hãy kiểm tra, bổ sung số văn bản trước khi trình ký.",
        "Wrote {count} follow-up letters (.docx) in {path}; check them and add the document number before signing.",
    ),
    # re-inspection: plans at headquarters, checks on site (cli_reinspection.py)
    "reinspection.unit": (
        "{unit}: {open} kiến nghị chưa khắc phục, {overdue} quá hạn  [{id}]",
        "{unit}: {open} requests still to do, {overdue} overdue  [{id}]",
    ),
    "reinspection.request": (
        "    {deadline}  {status}  {text}  [{id}]",
        "    {deadline}  {status}  {text}  [{id}]",
    ),
    "reinspection.planned": (
        "  (đã có lịch tái kiểm tra)",
        "  (re-inspection planned)",
    ),
    "reinspection.units": (
        "{count} đơn vị còn kiến nghị cần tái kiểm tra.",
        "{count} units have requests to re-inspect.",
    ),
    "reinspection.planned_visit": (
        "Đã lập cuộc tái kiểm tra ngày {day}: {title}; {count} kiến nghị cần kiểm tra lại  [{id}]. "
        "Gói phân phối tiếp theo sẽ gửi cuộc này tới các máy của đoàn.",
        "Planned the re-inspection of {day}: {title}; {count} requests to check  [{id}]. "
        "The next distribution package takes it to the team's laptops.",
    ),
    "reinspection.cancelled": (
        "Đã hủy cuộc tái kiểm tra {id}; các kiến nghị của cuộc đó lại chờ lập lịch.",
        "Cancelled the re-inspection {id}; its requests wait for a new plan.",
    ),
    "reinspection.not_checked": (
        "Chưa kiểm tra",
        "Not checked yet",
    ),
    "reinspection.checked": (
        "Đã ghi kết quả kiểm tra lại: {result} ({files} tệp minh chứng)  [{id}]",
        "Recorded the check: {result} ({files} evidence files)  [{id}]",
    ),
    # headquarters: raw data export and the HQ demo (cli_hq.py)
    "hq.exported": (
        "Đã xuất dữ liệu {period} ({window}), phạm vi {scope}, ra {path}: {visits} cuộc kiểm tra, {answers} "
        "kết quả tiêu chí, {records} bản ghi (điểm danh, hồ sơ, phỏng vấn), {findings} ghi nhận, {requests} "
        "kiến nghị; {sheets} trang.",
        "Exported the data of {period} ({window}), scope {scope}, to {path}: {visits} visits, {answers} "
        "answers, {records} records (roll calls, case files, interviews), {findings} findings, {requests} "
        "requests; {sheets} sheets.",
    ),
    "hq.write_failed": (
        "Chưa ghi được {path}: {detail}. Hãy kiểm tra thư mục đích và chỗ trống trên ổ đĩa rồi xuất lại.",
        "Could not write {path}: {detail}. Check the destination folder and the free space, then export again.",
    ),
    "hq.demo_done": (
        "Đã tạo dữ liệu mẫu của trụ sở: {units} đơn vị, {plans} kế hoạch, {teams} đoàn kiểm tra, {visits} cuộc "
        "kiểm tra, {answers} kết quả, {findings} ghi nhận, {requests} kiến nghị (trong {seconds} giây).",
        "HQ demo data created: {units} units, {plans} plans, {teams} teams, {visits} visits, {answers} answers, "
        "{findings} findings, {requests} requests (in {seconds} s).",
    ),
    "hq.demo_needs_hq": (
        "Không gian làm việc này là của máy kiểm tra; dữ liệu mẫu của trụ sở chỉ tạo trong không gian làm việc "
        "của trụ sở (inspector-cli init --role hq, hoặc một thư mục mới).",
        "This is a field workspace; HQ demo data goes into an HQ workspace only (inspector-cli init --role hq, "
        "or a new folder).",
    ),
    # the period's report and a visit's record (cli_report.py)
    "report.done": (
        "Đã lập báo cáo {period} ({window}), phạm vi {scope}: {docx}; phụ lục: {xlsx}. {visits} cuộc kiểm tra đã "
        "thực hiện, {requests} kiến nghị (trong {seconds} giây).",
        "Wrote the report on {period} ({window}), scope {scope}: {docx}; appendices: {xlsx}. {visits} visits "
        "made, {requests} requests (in {seconds} s).",
    ),
    "report.record_done": (
        "Đã ghi phiếu kết quả của cuộc kiểm tra ra {path} ({pages} trang).",
        "Wrote the visit's record to {path} ({pages} pages).",
    ),
    # the PAR index at headquarters (cli_par.py)
    "par.loaded": (
        "Đã nạp {title}: {areas} lĩnh vực, {criteria} tiêu chí và tiêu chí thành phần, {mapped} mục phiếu được "
        "gắn, tổng {points} điểm.",
        "Loaded {title}: {areas} areas, {criteria} criteria and sub-criteria, {mapped} checklist items mapped, "
        "{points} points in all.",
    ),
    "par.already_loaded": (
        "{title} đã có trong không gian làm việc ({areas} lĩnh vực, {criteria} tiêu chí và tiêu chí thành phần, "
        "{mapped} mục phiếu được gắn, tổng {points} điểm); giữ nguyên bản đã sửa. Dùng --replace để ghi lại "
        "giá trị của tệp.",
        "{title} is already held ({areas} areas, {criteria} criteria and sub-criteria, {mapped} checklist items "
        "mapped, {points} points in all); kept as edited. Use --replace to write the file's values again.",
    ),
    "par.index": (
        "{title}\nCăn cứ: {decision}\nĐộ tin cậy của điểm: {certainty}",
        "{title}\nBased on: {decision}\nCertainty of the points: {certainty}",
    ),
    "par.node": (
        "{indent}{code}. {title} — {points} điểm; {items} mục phiếu; {certainty}",
        "{indent}{code}. {title} — {points} points; {items} checklist items; {certainty}",
    ),
    "par.nothing": (
        "Năm {year} chưa có cuộc kiểm tra hay kiến nghị nào làm minh chứng cho Chỉ số cải cách hành chính.",
        "No visit or request of {year} is evidence for the PAR index.",
    ),
    "par.unit": (
        "{unit} — năm {year}: điểm trừ đề xuất {proposed}, được chấp nhận {accepted}; {undecided} tiêu chí chưa "
        "quyết định",
        "{unit} — {year}: proposed deduction {proposed}, accepted {accepted}; {undecided} criteria not decided",
    ),
    "par.criterion": (
        "  {code} {title}: {checks} lượt kiểm tra, {failed} không đạt, {requests} kiến nghị chưa khắc phục tại "
        "{day} ({late} quá hạn) → đề xuất trừ {proposed}/{points}{decided}",
        "  {code} {title}: {checks} checks, {failed} failed, {requests} requests outstanding on {day} ({late} "
        "late) → proposed deduction {proposed}/{points}{decided}",
    ),
    "par.decided_suffix": ("; đã quyết định trừ {accepted}", "; decided {accepted}"),
    "par.not_decided": ("chưa quyết định", "not decided"),
    "par.now_deduct": ("trừ {accepted} điểm", "deduct {accepted} points"),
    "par.decided": (
        "Tiêu chí {code} của {unit}, năm {year}: trừ {accepted} điểm (đề xuất {proposed}); người quyết định: {by}.",
        "Criterion {code} of {unit}, {year}: deduct {accepted} points (proposed {proposed}); decided by {by}.",
    ),
    "par.undone": (
        "Đã hủy quyết định gần nhất về tiêu chí {code} của {unit}, năm {year}; nay: {now}.",
        "The latest decision on criterion {code} of {unit}, {year}, was withdrawn; now: {now}.",
    ),
    "par.exported": (
        "Đã xuất Chỉ số cải cách hành chính năm {year} ra {path}: {units} đơn vị, {criteria} dòng tiêu chí, "
        "{evidence} minh chứng; điểm trừ đề xuất {proposed}, được chấp nhận {accepted}.",
        "Exported the PAR contribution of {year} to {path}: {units} units, {criteria} criterion rows, {evidence} "
        "pieces of evidence; proposed deduction {proposed}, accepted {accepted}.",
    ),
    "par.set": (
        "Tiêu chí {code}. {title}: {points} điểm ({certainty}); tổng Bộ chỉ số {total} điểm.",
        "Criterion {code}. {title}: {points} points ({certainty}); the index totals {total} points.",
    ),
    "par.mapped": (
        "Đã gắn mục {item} của phiếu {checklist} vào tiêu chí {code} ({items} mục phiếu).",
        "Mapped item {item} of checklist {checklist} to criterion {code} ({items} checklist items).",
    ),
    "par.unmapped": (
        "Đã bỏ gắn mục {item} của phiếu {checklist} khỏi tiêu chí {code} (còn {items} mục phiếu).",
        "Unmapped item {item} of checklist {checklist} from criterion {code} ({items} checklist items left).",
    ),
    "par.write_failed": (
        "Không ghi được {path}: {detail}. Hãy kiểm tra thư mục đích và dung lượng trống rồi xuất lại.",
        "Could not write {path}: {detail}. Check the destination folder and the free space, then export again.",
    ),
    # headquarters: the Overview of a period and a scope (cli_overview.py)
    "overview.title": (
        "Tổng quan {period} (số liệu từ {first} đến {last}), phạm vi: {scope}",
        "Overview of {period} (data from {first} to {last}), scope: {scope}",
    ),
    "overview.none": (
        "  (không có)",
        "  (none)",
    ),
    "overview.visits_head": (
        "Cuộc kiểm tra theo hình thức (dự kiến / đã thực hiện / đang kiểm tra / chưa bắt đầu):",
        "Visits by kind (planned / done / in progress / not started):",
    ),
    "overview.visits": (
        "  {kind}: {planned} / {done} / {in_progress} / {not_started} (đã thực hiện {rate})",
        "  {kind}: {planned} / {done} / {in_progress} / {not_started} ({rate} done)",
    ),
    "overview.areas_head": (
        "Tiêu chí không đạt theo lĩnh vực:",
        "Non-compliant items by area:",
    ),
    "overview.area": (
        "  {code}. {area}: {failed}/{checked} lượt tiêu chí không đạt ({rate})",
        "  {code}. {area}: {failed} of {checked} items checked non-compliant ({rate})",
    ),
    "overview.items_head": (
        "Tiêu chí không đạt nhiều nhất:",
        "Items most often failed:",
    ),
    "overview.item": (
        "  {code} {text}: không đạt ở {failed}/{checked} cuộc kiểm tra",
        "  {code} {text}: failed at {failed} of {checked} visits",
    ),
    "overview.staff": (
        "Điểm danh: {rows} lượt cán bộ, {flagged} lượt vi phạm ({rate}):",
        "Roll calls: {rows} staff checked, {flagged} with a breach ({rate}):",
    ),
    "overview.breach": (
        "  {field}: {answer} — {rows} lượt, tại {visits} cuộc kiểm tra",
        "  {field}: {answer} — {rows} rows, at {visits} visits",
    ),
    "overview.files": (
        "Kiểm tra xác suất hồ sơ: {rows} hồ sơ, {late} hồ sơ trễ hạn ({rate}):",
        "Case files sampled: {rows}, {late} late ({rate}):",
    ),
    "overview.interviews": (
        "Phỏng vấn người dân: {interviews} người, tại {visits} cuộc kiểm tra:",
        "Citizens interviewed: {interviews}, at {visits} visits:",
    ),
    "overview.criterion": (
        "  {text}: {counts} (không hài lòng {rate})",
        "  {text}: {counts} ({rate} dissatisfied)",
    ),
    "overview.requests_head": (
        "Kiến nghị theo tình trạng:",
        "Requests by status:",
    ),
    "overview.status": (
        "  {status}: {requests} kiến nghị, tại {visits} cuộc kiểm tra",
        "  {status}: {requests} requests, at {visits} visits",
    ),
}
