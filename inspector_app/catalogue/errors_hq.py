"""The error messages of headquarters' follow-up, (Vietnamese, English) by code: requests,
re-inspections and the PAR index."""

from __future__ import annotations

HQ_ERRORS: dict[str, tuple[str, str]] = {
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
