<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>Cannot open the workspace</source>
        <translation>Không mở được không gian làm việc</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="134"/>
        <source>Assign the team to a unit</source>
        <translation>Phân công đoàn kiểm tra đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="138"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="139"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="140"/>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <location filename="../../ui/library/table_models.py" line="295"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="296"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="297"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="85"/>
        <source>The recording cannot be played (%1).</source>
        <translation>Không phát được bản ghi âm (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="125"/>
        <location filename="../../ui/media/audio_panel.py" line="239"/>
        <source>Record</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="128"/>
        <source>Bookmark</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="130"/>
        <source>Mark this moment of the recording for the current item (Ctrl+B)</source>
        <translation>Đánh dấu thời điểm này của bản ghi âm cho tiêu chí đang chọn (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="132"/>
        <source>Attach recordings…</source>
        <translation>Đính kèm tệp ghi âm…</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="157"/>
        <source>Microphone level</source>
        <translation>Mức âm lượng micrô</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="169"/>
        <source>No recordings yet. Press Ctrl+Shift+R to record, from any tab of the visit.</source>
        <translation>Chưa có bản ghi âm nào. Nhấn Ctrl+Shift+R để ghi âm, từ bất kỳ thẻ nào của cuộc kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="173"/>
        <source>Delete recording</source>
        <translation>Xóa bản ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="190"/>
        <source>Only the current item</source>
        <translation>Chỉ của tiêu chí đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="193"/>
        <source>Play from here</source>
        <translation>Phát từ điểm này</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="195"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="197"/>
        <source>Remove bookmark</source>
        <translation>Xoá đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="207"/>
        <source>Bookmarks</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="221"/>
        <source>Recordings</source>
        <translation>Bản ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="239"/>
        <source>Stop recording</source>
        <translation>Dừng ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="241"/>
        <source>Stop and save the recording</source>
        <translation>Dừng và lưu bản ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="242"/>
        <source>Record from the microphone</source>
        <translation>Ghi âm từ micrô</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="248"/>
        <source>Looking for a microphone…</source>
        <translation>Đang tìm micrô…</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="252"/>
        <source>No microphone was found on this computer, so recording is not possible. Existing recordings can still be attached with “Attach recordings…”.</source>
        <translation>Không tìm thấy micrô trên máy tính này nên không ghi âm được. Vẫn có thể đính kèm tệp ghi âm có sẵn bằng nút “Đính kèm tệp ghi âm…”.</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="257"/>
        <source>Recording… bookmarks so far: %1</source>
        <translation>Đang ghi âm… số đánh dấu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="267"/>
        <source>Bookmarks go to: %1</source>
        <translation>Đánh dấu sẽ gắn với: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="322"/>
        <source>Bookmarks are added while recording. Start recording first (Ctrl+Shift+R).</source>
        <translation>Chỉ đánh dấu được khi đang ghi âm. Hãy bắt đầu ghi âm trước (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="331"/>
        <source>Bookmark at %1: %2</source>
        <translation>Đã đánh dấu tại %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="349"/>
        <source>The recording was stopped before any sound was recorded, so it was not kept. Press Record and speak for at least a second.</source>
        <translation>Bản ghi âm đã dừng trước khi thu được âm thanh nên không được lưu. Hãy bấm Ghi âm và nói ít nhất một giây.</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="369"/>
        <source>Recording saved (%1, bookmarks: %2).</source>
        <translation>Đã lưu bản ghi âm (%1, số đánh dấu: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="385"/>
        <source>Attach recordings left unsaved last time (%1)</source>
        <translation>Đính kèm bản ghi âm chưa được lưu từ lần trước (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="399"/>
        <source>Choose recordings</source>
        <translation>Chọn tệp ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="400"/>
        <source>Recordings (%1);;All files (*)</source>
        <translation>Tệp ghi âm (%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="409"/>
        <source>Only recordings are attached here; photos go in the Photos tab.</source>
        <translation>Ở đây chỉ đính kèm tệp ghi âm; ảnh hãy thêm ở thẻ Ảnh.</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="418"/>
        <source>Attaching recordings</source>
        <translation>Đang đính kèm tệp ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="425"/>
        <source>Recordings attached: %1.</source>
        <translation>Số tệp ghi âm đã đính kèm: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="437"/>
        <source>Select a bookmark first.</source>
        <translation>Hãy chọn một đánh dấu trước.</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="442"/>
        <source>This bookmark can be played once the recording is stopped.</source>
        <translation>Đánh dấu này chỉ phát được sau khi dừng ghi âm.</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_panel.py" line="465"/>
        <source>Recording deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa bản ghi âm. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../ui/media/audio_model.py" line="144"/>
        <source>(recording, not saved yet)</source>
        <translation>(đang ghi, chưa lưu)</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_model.py" line="153"/>
        <source>At</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_model.py" line="154"/>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_model.py" line="155"/>
        <source>Recording</source>
        <translation>Bản ghi âm</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/media/camera.py" line="23"/>
        <source>Take a photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/media/camera.py" line="37"/>
        <source>Starting the camera…</source>
        <translation>Đang khởi động máy ảnh…</translation>
    </message>
    <message>
        <location filename="../../ui/media/camera.py" line="39"/>
        <source>Take photo</source>
        <translation>Chụp</translation>
    </message>
    <message>
        <location filename="../../ui/media/camera.py" line="65"/>
        <source>Press Space or “Take photo”. Each photo is added to the visit.</source>
        <translation>Nhấn phím cách hoặc nút “Chụp”. Mỗi ảnh chụp được thêm vào cuộc kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../ui/media/camera.py" line="69"/>
        <source>Photos taken: %1</source>
        <translation>Số ảnh đã chụp: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/camera.py" line="73"/>
        <source>The photo could not be taken (%1). Try again.</source>
        <translation>Không chụp được ảnh (%1). Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/media/camera.py" line="77"/>
        <source>The camera cannot be used (%1). Close other programs that use it and try again.</source>
        <translation>Không dùng được máy ảnh (%1). Hãy đóng các chương trình khác đang dùng máy ảnh rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message numerus="yes">
        <location filename="../../ui/visit/checklist_model.py" line="233"/>
        <source>%n non-compliant</source>
        <translation>
            <numerusform>%n tiêu chí không đạt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_model.py" line="248"/>
        <source>Records breach it: %1</source>
        <translation>Hồ sơ, điểm danh ghi nhận: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_model.py" line="280"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_model.py" line="280"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_model.py" line="281"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_model.py" line="281"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="89"/>
        <source>Only items not answered yet</source>
        <translation>Chỉ hiện tiêu chí chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="101"/>
        <source>Set to “Không đạt” with a note naming them</source>
        <translation>Chuyển thành “Không đạt” kèm ghi chú nêu rõ</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="116"/>
        <source>Next required item not answered</source>
        <translation>Tiêu chí bắt buộc tiếp theo chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="158"/>
        <source>Answered %1 of %2</source>
        <translation>Đã trả lời %1/%2 tiêu chí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit/checklist_panel.py" line="161"/>
        <source>%n not answered, non-compliant by records</source>
        <translation>
            <numerusform>%n tiêu chí chưa trả lời nhưng không đạt theo hồ sơ, điểm danh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit/checklist_panel.py" line="163"/>
        <source>%n non-compliant</source>
        <translation>
            <numerusform>%n không đạt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit/checklist_panel.py" line="166"/>
        <source>%n contradicted by records</source>
        <translation>
            <numerusform>%n tiêu chí trái với hồ sơ, điểm danh</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="168"/>
        <source>Score %1/%2</source>
        <translation>Điểm %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit/checklist_panel.py" line="174"/>
        <source>%n required unanswered</source>
        <translation>
            <numerusform>%n tiêu chí bắt buộc chưa trả lời</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="188"/>
        <source>⚠ %1 is answered “%2” but records breach it: %3.</source>
        <translation>⚠ %1 được đánh giá “%2” nhưng hồ sơ, điểm danh ghi nhận: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="325"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="328"/>
        <source>Ctrl+Enter saves the note.</source>
        <translation>Nhấn Ctrl+Enter để lưu ghi chú.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="362"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="366"/>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../ui/visit/checklist_panel.py" line="368"/>
        <source>Evidence is required for this item.</source>
        <translation>Tiêu chí này cần có minh chứng (ảnh, tài liệu).</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <location filename="../../ui/library/tree_models.py" line="267"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="268"/>
        <source>Section / item</source>
        <translation>Phần / tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="269"/>
        <source>Answer type</source>
        <translation>Kiểu trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="270"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="271"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="272"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="281"/>
        <source>Repeated per: %1</source>
        <translation>Lặp lại theo: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="89"/>
        <source>Copy to a new version</source>
        <translation>Sao chép sang phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="90"/>
        <source>Publish</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="91"/>
        <source>Make an editable draft from the selected version</source>
        <translation>Tạo một bản nháp sửa được từ phiên bản đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="92"/>
        <source>Freeze the draft so that visits can use it</source>
        <translation>Chốt bản nháp để các cuộc kiểm tra sử dụng được</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="97"/>
        <source>Edit title…</source>
        <translation>Sửa tên phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="98"/>
        <source>Add section…</source>
        <translation>Thêm phần…</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="99"/>
        <source>Add item…</source>
        <translation>Thêm tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="100"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="101"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="213"/>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="216"/>
        <source>No checklist selected.</source>
        <translation>Chưa chọn phiếu kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="219"/>
        <source>Draft: it can be edited here. Publish it when it is ready; then it cannot change.</source>
        <translation>Bản nháp: có thể sửa tại đây. Khi hoàn chỉnh, bấm “Ban hành”; sau đó phiếu không sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="220"/>
        <source>Published versions cannot be edited. Use “Copy to a new version” to change it.</source>
        <translation>Phiên bản đã ban hành không sửa được. Muốn thay đổi, hãy bấm “Sao chép sang phiên bản mới”.</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="221"/>
        <source>This version has been used by a visit and cannot be edited. Use “Copy to a new version” to change it.</source>
        <translation>Phiên bản này đã được dùng trong cuộc kiểm tra nên không sửa được. Muốn thay đổi, hãy bấm “Sao chép sang phiên bản mới”.</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="280"/>
        <source>Publish this version? Once published it cannot be edited any more.</source>
        <translation>Ban hành phiên bản này? Sau khi ban hành, phiếu không sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="313"/>
        <source>Add a section first, then its items.</source>
        <translation>Hãy thêm một phần trước, rồi thêm các tiêu chí của phần đó.</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="348"/>
        <source>Remove the section “%1” and its items?</source>
        <translation>Xóa phần “%1” cùng các tiêu chí của phần này?</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklists_tab.py" line="351"/>
        <source>Remove the item “%1”?</source>
        <translation>Xóa tiêu chí “%1”?</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="173"/>
        <source>Untick “Compliant” for a choice that marks a shortcoming.</source>
        <translation>Bỏ dấu ở cột “Đạt” đối với lựa chọn thể hiện sai sót, vi phạm.</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="174"/>
        <source>Add choice</source>
        <translation>Thêm lựa chọn</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="175"/>
        <source>Remove choice</source>
        <translation>Xóa lựa chọn</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="142"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="142"/>
        <source>Label</source>
        <translation>Nội dung hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="142"/>
        <source>Compliant</source>
        <translation>Đạt</translation>
    </message>
</context>
<context>
    <name>CitationsModel</name>
    <message>
        <location filename="../../ui/library/table_models.py" line="127"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="128"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="129"/>
        <source>Article</source>
        <translation>Điều, khoản</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="130"/>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/sync/panels.py" line="82"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="82"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="82"/>
        <source>Value held</source>
        <translation>Giá trị đang giữ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="83"/>
        <source>Held from</source>
        <translation>Của ai, lúc nào</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="83"/>
        <source>Other value</source>
        <translation>Giá trị khác</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="83"/>
        <source>Other from</source>
        <translation>Của ai, lúc nào (giá trị khác)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="84"/>
        <source>No conflict to resolve.</source>
        <translation>Không có xung đột nào cần giải quyết.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="85"/>
        <source>Signed minutes are never changed by a merge: a change to them is shown here and needs an amended version of the minutes.</source>
        <translation>Biên bản đã ký không bao giờ bị thay đổi khi hợp nhất dữ liệu: thay đổi đối với biên bản đã ký được hiện ở đây và phải lập biên bản bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="88"/>
        <source>Keep the value held</source>
        <translation>Giữ giá trị đang có</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="89"/>
        <source>Take the other value</source>
        <translation>Lấy giá trị khác</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="126"/>
        <source>Signed minutes</source>
        <translation>Biên bản đã ký</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="127"/>
        <source>These minutes are signed and cannot take the other value. Make an amended version of the minutes to record the change.</source>
        <translation>Biên bản này đã ký nên không nhận giá trị khác. Hãy lập biên bản bổ sung để ghi nhận thay đổi.</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="35"/>
        <source>Criterion %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="48"/>
        <source>Remove the item</source>
        <translation>Bỏ gắn mục</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="55"/>
        <source>Map the item</source>
        <translation>Gắn mục</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="65"/>
        <source>Title</source>
        <translation>Tên tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="66"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="67"/>
        <source>Certainty of the points</source>
        <translation>Độ tin cậy của điểm</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="68"/>
        <source>Note (source)</source>
        <translation>Ghi chú (nguồn)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="69"/>
        <source>Checklist items mapped</source>
        <translation>Các mục phiếu được gắn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_edit.py" line="71"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="36"/>
        <source>e.g. Giám đốc Sở Nội vụ</source>
        <translation>ví dụ: Giám đốc Sở Nội vụ</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="39"/>
        <source>Decision nu&amp;mber:</source>
        <translation>Số, ký hiệu &amp;quyết định:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="40"/>
        <source>Decision d&amp;ate:</source>
        <translation>Ngày &amp;ký quyết định:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="41"/>
        <source>Decision issued b&amp;y:</source>
        <translation>Người ban &amp;hành quyết định:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="42"/>
        <source>Decision su&amp;bject:</source>
        <translation>Trích &amp;yếu quyết định:</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../ui/sync/panels.py" line="178"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="178"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="178"/>
        <source>Trust</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="179"/>
        <location filename="../../ui/sync/panels.py" line="181"/>
        <source>Fingerprint</source>
        <translation>Vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="180"/>
        <source>Held bundle</source>
        <translation>Gói đang chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="180"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="180"/>
        <source>From</source>
        <translation>Gửi từ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="181"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="182"/>
        <source>Compare the fingerprint and approve…</source>
        <translation>So vân tay rồi duyệt…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="183"/>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="184"/>
        <source>Revoke the device</source>
        <translation>Thu hồi tin cậy thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="189"/>
        <source>Devices whose bundles are accepted</source>
        <translation>Các thiết bị được tin cậy (gói của chúng được nhận)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="192"/>
        <source>Bundles held for approval (from unknown or revoked devices)</source>
        <translation>Gói chờ duyệt (từ thiết bị chưa biết hoặc đã bị thu hồi)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="202"/>
        <source>this device</source>
        <translation>máy này</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="202"/>
        <source>trusted</source>
        <translation>đã tin cậy</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="202"/>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="203"/>
        <location filename="../../ui/sync/panels.py" line="230"/>
        <source>headquarters</source>
        <translation>trụ sở</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="203"/>
        <source>laptop</source>
        <translation>máy kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="208"/>
        <source>unknown device</source>
        <translation>thiết bị chưa biết</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="208"/>
        <source>revoked device</source>
        <translation>thiết bị đã bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="209"/>
        <source>the device&apos;s key changed</source>
        <translation>khóa của thiết bị đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="230"/>
        <source>field laptop</source>
        <translation>máy kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="231"/>
        <source>Device: %1
Role: %2
User: %3
Fingerprint: %4</source>
        <translation>Thiết bị: %1
Vai trò: %2
Người dùng: %3
Vân tay: %4</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="233"/>
        <source>not given</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="236"/>
        <source>Re-trust a revoked device</source>
        <translation>Tin cậy lại thiết bị đã bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="237"/>
        <source>This device was revoked by %1 on %2. Approving its bundle (%3) trusts it again.

%4

Re-trust it only after checking with the person responsible.</source>
        <translation>Thiết bị này đã bị %1 thu hồi ngày %2. Duyệt gói của thiết bị (%3) sẽ tin cậy lại thiết bị.

%4

Chỉ tin cậy lại khi đã xác minh với người có trách nhiệm.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="242"/>
        <source>A device&apos;s key changed</source>
        <translation>Khóa của thiết bị đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="243"/>
        <source>This bundle (%1) bears the id of a known device but is signed with a new key.

Old fingerprint: %2
New fingerprint: %3

%4

The laptop may have been reinstalled, or someone is posing as it. Accept the new key only after the device&apos;s user read the new fingerprint to you.</source>
        <translation>Gói này (%1) mang mã của một thiết bị đã biết nhưng được ký bằng khóa mới.

Vân tay cũ: %2
Vân tay mới: %3

%4

Có thể máy đã được cài đặt lại, hoặc có người đang giả danh máy này. Chỉ nhận khóa mới sau khi người dùng máy đó đã đọc vân tay mới cho bạn so khớp.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="248"/>
        <source>Approve a device</source>
        <translation>Duyệt thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="249"/>
        <source>Ask the sender to read out the fingerprint of their device and compare it with this one:

%1

Bundle: %2

Approve only if every group matches. Its bundles will then be accepted.</source>
        <translation>Hãy đề nghị người gửi đọc vân tay của thiết bị và so với thông tin dưới đây:

%1

Gói: %2

Chỉ duyệt khi mọi nhóm đều khớp. Sau đó các gói của thiết bị này sẽ được nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="272"/>
        <source>Revoke a device</source>
        <translation>Thu hồi tin cậy thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="273"/>
        <source>Bundles from this device will be held for approval from now on. Revoke it?</source>
        <translation>Từ nay các gói từ thiết bị này sẽ bị giữ lại chờ duyệt. Thu hồi tin cậy?</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="192"/>
        <source>Ready</source>
        <translation>Đã sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="201"/>
        <source>The workspace was created in %1 with the built-in checklists.

Next, in the Library, enter your plan, your team and the units you inspect, or import a distribution from headquarters.</source>
        <translation>Đã tạo không gian làm việc tại %1 cùng các phiếu kiểm tra có sẵn.

Tiếp theo, trong mục Thư viện, hãy nhập kế hoạch, đoàn kiểm tra và các đơn vị sẽ kiểm tra, hoặc nhập gói dữ liệu do trụ sở phân phối.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="131"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="131"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="131"/>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="131"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="132"/>
        <source>Visit</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="132"/>
        <source>Plan, team</source>
        <translation>Kế hoạch, đoàn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="132"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="136"/>
        <source>No visit.</source>
        <translation>Không có cuộc kiểm tra nào.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="138"/>
        <source>Open in the visit screen</source>
        <translation>Mở màn hình cuộc kiểm tra</translation>
    </message>
</context>
<context>
    <name>EndUnitDialog</name>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="131"/>
        <source>End unit</source>
        <translation>Chấm dứt hoạt động của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="132"/>
        <source>“%1” stops on the date below. Old visits keep its name; tick the units that take over from it.</source>
        <translation>“%1” chấm dứt hoạt động từ sau ngày dưới đây. Các cuộc kiểm tra cũ vẫn giữ tên này; hãy đánh dấu các đơn vị kế thừa.</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="141"/>
        <source>Filter units…</source>
        <translation>Lọc đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="152"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Ngày cuối cùng:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="153"/>
        <source>Successors:</source>
        <translation>Đơn vị kế thừa:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../ui/media/common.py" line="31"/>
        <source>Unexpected error: %1</source>
        <translation>Lỗi ngoài dự kiến: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/common.py" line="55"/>
        <source>No item selected</source>
        <translation>Chưa chọn tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/media/common.py" line="57"/>
        <source>The whole visit</source>
        <translation>Toàn bộ cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/media/common.py" line="60"/>
        <source>(deleted)</source>
        <translation>(đã xoá)</translation>
    </message>
    <message>
        <location filename="../../ui/media/common.py" line="64"/>
        <source>Finding: %1</source>
        <translation>Ghi nhận: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/common.py" line="66"/>
        <source>Request: %1</source>
        <translation>Kiến nghị: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/common.py" line="67"/>
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
</context>
<context>
    <name>EvidenceMarks</name>
    <message>
        <location filename="../../ui/visit/evidence_marks.py" line="35"/>
        <source>%1 photo(s)</source>
        <translation>%1 ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/visit/evidence_marks.py" line="37"/>
        <source>%1 recording mark(s)</source>
        <translation>%1 đánh dấu ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/visit/evidence_marks.py" line="39"/>
        <source>Evidence needed</source>
        <translation>Cần minh chứng</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/media/evidence_panel.py" line="106"/>
        <source>Only photos and recordings can be added here; not added: %1.</source>
        <translation>Chỉ thêm được ảnh và tệp ghi âm; các tệp sau không được thêm: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/media/evidence_panel.py" line="138"/>
        <source>Photos (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/media/evidence_panel.py" line="139"/>
        <source>Audio (%1)</source>
        <translation>Ghi âm (%1)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/visit/findings.py" line="46"/>
        <location filename="../../ui/visit/findings.py" line="96"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="46"/>
        <location filename="../../ui/visit/findings.py" line="97"/>
        <source>Finding</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="64"/>
        <location filename="../../ui/visit/findings.py" line="99"/>
        <source>Request</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="64"/>
        <location filename="../../ui/visit/findings.py" line="100"/>
        <source>Responsible</source>
        <translation>Đơn vị, người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="65"/>
        <location filename="../../ui/visit/findings.py" line="101"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="65"/>
        <source>Follow-up</source>
        <translation>Tình trạng khắc phục</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="81"/>
        <source>Finding and request</source>
        <translation>Ghi nhận và kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="87"/>
        <source>Also make a request to fix it</source>
        <translation>Đồng thời kiến nghị khắc phục</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="88"/>
        <source>Fix: </source>
        <translation>Khắc phục: </translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="89"/>
        <source>Head of the inspected unit</source>
        <translation>Thủ trưởng đơn vị được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="129"/>
        <source>Edit finding</source>
        <translation>Sửa ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="142"/>
        <source>Edit request</source>
        <translation>Sửa kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="178"/>
        <source>No findings yet. On a non-compliant item of the checklist press Ctrl+Shift+F, or use “Add finding…”.</source>
        <translation>Chưa có ghi nhận nào. Tại tiêu chí không đạt trong phiếu kiểm tra, nhấn Ctrl+Shift+F, hoặc dùng nút “Thêm ghi nhận…”.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="181"/>
        <source>No requests yet. A request is made with its finding (“Also make a request to fix it”).</source>
        <translation>Chưa có kiến nghị nào. Kiến nghị được lập cùng với ghi nhận (“Đồng thời kiến nghị khắc phục”).</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="183"/>
        <source>Add finding…</source>
        <translation>Thêm ghi nhận…</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="185"/>
        <source>Edit… (Enter)</source>
        <translation>Sửa… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="187"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="202"/>
        <source>Findings</source>
        <translation>Ghi nhận (ưu điểm, tồn tại)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/findings.py" line="204"/>
        <source>Requests</source>
        <translation>Kiến nghị, yêu cầu khắc phục</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="223"/>
        <source>Inspector — first start</source>
        <translation>Inspector — thiết lập lần đầu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="227"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="228"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="229"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="230"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263"/>
        <source>The workspace could not be created in %1: %2</source>
        <translation>Không tạo được không gian làm việc tại %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/sync/panels.py" line="140"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="140"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="140"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="140"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="141"/>
        <source>Operations</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="141"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="141"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="141"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="146"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="146"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="147"/>
        <source>written and verified</source>
        <translation>đã ghi và kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="147"/>
        <source>acknowledged by HQ</source>
        <translation>trụ sở đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="148"/>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="157"/>
        <source>Who uses this computer</source>
        <translation>Người sử dụng máy này</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="158"/>
        <source>Your name is recorded with every answer, photo and change you make.</source>
        <translation>Họ tên của bạn được ghi kèm mọi kết quả, ảnh và thay đổi bạn thực hiện.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="160"/>
        <source>e.g. Phạm Thị Lan Anh</source>
        <translation>ví dụ: Phạm Thị Lan Anh</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="162"/>
        <source>e.g. Chuyên viên</source>
        <translation>ví dụ: Chuyên viên</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="164"/>
        <source>e.g. Sở Nội vụ thành phố Hà Nội</source>
        <translation>ví dụ: Sở Nội vụ thành phố Hà Nội</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="167"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="169"/>
        <source>&amp;Agency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="178"/>
        <source>Enter the inspector&apos;s full name.</source>
        <translation>Hãy nhập họ và tên người kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <location filename="../../ui/library/item_details.py" line="59"/>
        <source>Legal bases in force on</source>
        <translation>Căn cứ pháp lý có hiệu lực ngày</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="87"/>
        <source>Select a section or an item to see its details.</source>
        <translation>Chọn một phần hoặc một tiêu chí để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="91"/>
        <source>%1 items</source>
        <translation>%1 tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="93"/>
        <source>Repeated per: %1</source>
        <translation>Lặp lại theo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="99"/>
        <source>No legal basis recorded for this date.</source>
        <translation>Chưa có căn cứ pháp lý cho ngày này.</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="104"/>
        <source>maximum %1 points</source>
        <translation>tối đa %1 điểm</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="106"/>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="109"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="109"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/library/item_details.py" line="111"/>
        <source>evidence required</source>
        <translation>cần minh chứng</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="210"/>
        <source>Edit item</source>
        <translation>Sửa tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="210"/>
        <source>New item</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="216"/>
        <source>Required: must be answered before concluding</source>
        <translation>Bắt buộc: phải trả lời trước khi kết thúc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="218"/>
        <source>Evidence required (photo or document)</source>
        <translation>Cần minh chứng (ảnh hoặc tài liệu)</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="223"/>
        <source>e.g. late case files</source>
        <translation>ví dụ: hồ sơ trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="226"/>
        <source>Yes is compliant, No is a shortcoming</source>
        <translation>“Có” là đạt, “Không” là không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="227"/>
        <source>No is compliant, Yes is a shortcoming</source>
        <translation>“Không” là đạt, “Có” là không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="228"/>
        <source>Neither answer is a shortcoming</source>
        <translation>Cả hai câu trả lời đều không tính là không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="233"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="234"/>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="235"/>
        <source>&amp;Answer type:</source>
        <translation>&amp;Kiểu trả lời:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="236"/>
        <source>C&amp;hoices:</source>
        <translation>&amp;Lựa chọn:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="237"/>
        <source>Compliant a&amp;nswer:</source>
        <translation>Câu trả lời đạt &amp;yêu cầu:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="238"/>
        <source>&amp;Maximum score:</source>
        <translation>Điểm &amp;tối đa:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="239"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="240"/>
        <source>&amp;Points:</source>
        <translation>Đ&amp;iểm:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="243"/>
        <source>&amp;Guidance:</source>
        <translation>&amp;Hướng dẫn:</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../../ui/jobs.py" line="148"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="162"/>
        <location filename="../../ui/jobs.py" line="168"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
</context>
<context>
    <name>LegalDocumentsModel</name>
    <message>
        <location filename="../../ui/library/table_models.py" line="76"/>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="77"/>
        <source>Kind</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="78"/>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="79"/>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="80"/>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="81"/>
        <source>In force until</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="82"/>
        <source>Replaced by</source>
        <translation>Thay thế bởi</translation>
    </message>
</context>
<context>
    <name>LegalDocumentsTab</name>
    <message>
        <location filename="../../ui/library/page.py" line="30"/>
        <source>An item shows the documents in force on the visit date; a replaced document stays here for older visits.</source>
        <translation>Mỗi tiêu chí hiển thị các văn bản có hiệu lực vào ngày kiểm tra; văn bản đã bị thay thế vẫn được giữ lại cho các cuộc kiểm tra trước đó.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/library/common.py" line="80"/>
        <source>Ctrl+Delete leaves the date empty</source>
        <translation>Ctrl+Delete để bỏ trống ngày</translation>
    </message>
</context>
<context>
    <name>LibraryLabels</name>
    <message>
        <location filename="../../ui/library/labels.py" line="22"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../ui/library/labels.py" line="22"/>
        <source>Published</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/library/labels.py" line="28"/>
        <source>Built-in</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <location filename="../../ui/library/labels.py" line="29"/>
        <source>Made on this computer</source>
        <translation>Tạo trên máy này</translation>
    </message>
    <message>
        <location filename="../../ui/library/labels.py" line="30"/>
        <source>From headquarters</source>
        <translation>Từ trụ sở</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library/page.py" line="59"/>
        <source>Checklists</source>
        <translation>Phiếu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="60"/>
        <source>Legal documents</source>
        <translation>Văn bản pháp lý</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="61"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="62"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="63"/>
        <source>Teams</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="65"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Open a visit from the list (double-click or Enter).</source>
        <translation>Mở một cuộc kiểm tra trong danh sách (nhấp đúp hoặc nhấn Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Visit</source>
        <translation>Kiểm tra tại chỗ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Requests</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>PAR index</source>
        <translation>Chỉ số CCHC</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>New visit…</source>
        <translation>Cuộc kiểm tra mới…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Keyboard shortcuts…</source>
        <translation>Phím tắt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>HQ workspace</source>
        <translation>Không gian làm việc tại trụ sở</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Field workspace</source>
        <translation>Không gian làm việc của đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Device: %1</source>
        <translation>Thiết bị: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Checklist: ↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 clear · Enter note (Ctrl+Enter saves) · F2 value · F1 legal basis</source>
        <translation>Phiếu kiểm tra: ↑↓ di chuyển · 1 đạt · 2 không đạt · 3 không áp dụng · 0 xóa · Enter ghi chú (Ctrl+Enter để lưu) · F2 nhập giá trị · F1 căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>The visit&apos;s tabs; Ctrl+1 is the checklist</source>
        <translation>Các thẻ của cuộc kiểm tra; Ctrl+1 là phiếu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>What they do</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Photos are being imported. Closing stops the import: the photos already added are kept, and the next start says which ones to import again.</source>
        <translation>Đang nhập ảnh. Nếu đóng bây giờ, việc nhập ảnh sẽ dừng: các ảnh đã thêm được giữ lại, và lần mở sau chương trình sẽ cho biết những ảnh nào cần nhập lại.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>A bundle is being exported. Closing stops the export: no bundle is written and nothing stored changes; export again later.</source>
        <translation>Đang xuất gói dữ liệu. Nếu đóng, việc xuất sẽ dừng: không có gói nào được ghi ra và dữ liệu đã lưu không thay đổi; hãy xuất lại sau.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>A job is still running (%1). Closing stops it.</source>
        <translation>Một công việc đang chạy (%1). Nếu đóng, công việc này sẽ dừng.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Importing photos into “%1” was cut short: %2 of %3 photos were kept, intact.</source>
        <translation>Việc nhập ảnh vào “%1” đã bị dừng giữa chừng: đã giữ %2 trong số %3 ảnh, nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Not imported, import them again: %1.</source>
        <translation>Chưa được nhập, hãy nhập lại: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Photo import cut short</source>
        <translation>Nhập ảnh bị dừng giữa chừng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Close anyway?</source>
        <translation>Vẫn đóng chương trình?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="112"/>
        <source>Edit member</source>
        <translation>Sửa thông tin thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="112"/>
        <source>New member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="117"/>
        <source>e.g. Chuyên viên</source>
        <translation>ví dụ: Chuyên viên</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="119"/>
        <source>e.g. Sở Nội vụ</source>
        <translation>ví dụ: Sở Nội vụ</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="120"/>
        <source>&amp;Name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="121"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="122"/>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="123"/>
        <source>&amp;Agency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../ui/library/table_models.py" line="252"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="253"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="254"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="255"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
</context>
<context>
    <name>MinutesForm</name>
    <message>
        <location filename="../../ui/minutes/form.py" line="12"/>
        <source>e.g. 05/BB-ĐKT (may stay empty)</source>
        <translation>ví dụ 05/BB-ĐKT (có thể để trống)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/form.py" line="15"/>
        <source>What the inspected unit says (left blank: lines to write by hand)</source>
        <translation>Ý kiến của đơn vị được kiểm tra (để trống: in dòng kẻ để viết tay)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/form.py" line="16"/>
        <source>The unit refuses to sign</source>
        <translation>Đơn vị từ chối ký biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/form.py" line="21"/>
        <source>Minutes number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/form.py" line="22"/>
        <source>Unit&apos;s opinion</source>
        <translation>Ý kiến của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/form.py" line="24"/>
        <source>Reason for refusing</source>
        <translation>Lý do từ chối ký</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/form.py" line="25"/>
        <source>Witness</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/form.py" line="26"/>
        <source>Witness&apos;s position</source>
        <translation>Chức vụ người chứng kiến</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../ui/minutes/page.py" line="68"/>
        <location filename="../../ui/minutes/page.py" line="125"/>
        <source>Visit</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="84"/>
        <source>Generate</source>
        <translation>Tạo biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="85"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="86"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="87"/>
        <location filename="../../ui/minutes/page.py" line="395"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="88"/>
        <source>Both sides have signed the printed minutes: freeze them</source>
        <translation>Hai bên đã ký biên bản giấy: khóa biên bản lại</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="89"/>
        <source>Attach scan…</source>
        <translation>Đính kèm bản quét…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="90"/>
        <source>New amendment…</source>
        <translation>Lập biên bản bổ sung…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="91"/>
        <source>Verify a PDF…</source>
        <translation>Kiểm tra tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="92"/>
        <source>Draft preview</source>
        <translation>Xem bản dự thảo</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="93"/>
        <source>The minutes as the visit is now, marked DỰ THẢO on every page: to read before concluding, never to sign</source>
        <translation>Biên bản theo nội dung hiện tại của cuộc kiểm tra, có chữ DỰ THẢO trên mọi trang: để đọc trước khi kết thúc, không dùng để ký</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="119"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="204"/>
        <source>No minutes yet</source>
        <translation>Chưa có biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="206"/>
        <source>Version %1 — signed on %2</source>
        <translation>Lần %1 — đã ký lúc %2</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="209"/>
        <source>amendment draft</source>
        <translation>dự thảo biên bản bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="209"/>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="210"/>
        <source>Version %1 — %2</source>
        <translation>Lần %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="239"/>
        <source>This visit has changed since its minutes were signed. Record the changes in an amendment (biên bản bổ sung).</source>
        <translation>Cuộc kiểm tra đã thay đổi sau khi biên bản được ký. Hãy ghi nhận các thay đổi bằng biên bản bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="274"/>
        <source>Generating the minutes…</source>
        <translation>Đang tạo biên bản…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="289"/>
        <source>Generating the draft…</source>
        <translation>Đang tạo bản dự thảo…</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="308"/>
        <source>Draft (DỰ THẢO), %1 pages: to read, not to sign.</source>
        <translation>Bản dự thảo (DỰ THẢO), %1 trang: để đọc, không dùng để ký.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="310"/>
        <source>Before the minutes can be generated: %1.</source>
        <translation>Cần hoàn tất trước khi tạo biên bản: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="324"/>
        <source>%1 pages. Print them, have both sides sign, then press Signed.</source>
        <translation>%1 trang. Hãy in, để hai bên ký, rồi nhấn Đã ký.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="333"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="366"/>
        <source>Save the minutes as PDF</source>
        <translation>Lưu biên bản thành PDF</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="367"/>
        <location filename="../../ui/minutes/page.py" line="442"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="371"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="383"/>
        <source>Inspection minutes</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="396"/>
        <source>Have both sides signed the printed minutes? They will be frozen and can only be changed by an amendment.</source>
        <translation>Hai bên đã ký biên bản giấy chưa? Biên bản sẽ được khóa và chỉ thay đổi được bằng biên bản bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="402"/>
        <source>The minutes are signed and frozen.</source>
        <translation>Biên bản đã ký và được khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="412"/>
        <source>Scan or photo of the signed paper</source>
        <translation>Bản quét hoặc ảnh chụp biên bản đã ký</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="413"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Ảnh và PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="418"/>
        <source>The scan is attached to the minutes.</source>
        <translation>Đã đính kèm bản quét vào biên bản.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="425"/>
        <source>New amendment</source>
        <translation>Lập biên bản bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="425"/>
        <source>Reason for the amendment</source>
        <translation>Lý do lập biên bản bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="433"/>
        <source>Amendment opened: the visit can be edited; then generate and sign it.</source>
        <translation>Đã mở biên bản bổ sung: có thể sửa kết quả cuộc kiểm tra, sau đó tạo và ký biên bản bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/page.py" line="441"/>
        <source>Verify a minutes PDF</source>
        <translation>Kiểm tra tệp PDF biên bản</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="41"/>
        <source>New visit</source>
        <translation>Tạo cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="43"/>
        <source>(no plan)</source>
        <translation>(không theo kế hoạch)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="50"/>
        <source>Add a unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="75"/>
        <source>Optional; by default the kind and the unit</source>
        <translation>Không bắt buộc; mặc định gồm hình thức và đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="80"/>
        <source>A leader&apos;s direction or a citizen&apos;s report: whose, of which day, about what</source>
        <translation>Theo chỉ đạo của lãnh đạo hoặc phản ánh của người dân: của ai, ngày nào, về việc gì</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="83"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="84"/>
        <source>Team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="85"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="86"/>
        <source>Kind of visit</source>
        <translation>Hình thức kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="87"/>
        <source>Date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="88"/>
        <source>Title</source>
        <translation>Tên cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="89"/>
        <source>Checklists</source>
        <translation>Phiếu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="90"/>
        <source>Reason for the surprise visit</source>
        <translation>Lý do kiểm tra đột xuất</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="103"/>
        <source>(added on this laptop)</source>
        <translation>(thêm trên máy này)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="110"/>
        <source>(no team)</source>
        <translation>(chưa chọn đoàn)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="119"/>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="120"/>
        <source>Full name of the unit</source>
        <translation>Tên đầy đủ của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="143"/>
        <source>No checklist chosen. Tick at least one checklist in the list.</source>
        <translation>Chưa chọn phiếu kiểm tra. Hãy đánh dấu ít nhất một phiếu trong danh sách.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../ui/ops.py" line="130"/>
        <source>Not done</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="165"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Đã hủy. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="166"/>
        <source>Unexpected error: %1</source>
        <translation>Lỗi ngoài dự kiến: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/hq/par_page.py" line="52"/>
        <source>Override the deduction</source>
        <translation>Điều chỉnh điểm trừ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="59"/>
        <source>Why the deduction differs from the proposal</source>
        <translation>Lý do điểm trừ khác với đề xuất</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="65"/>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="66"/>
        <source>Deduction</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="67"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/hq/overview.py" line="103"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="106"/>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="121"/>
        <source>Visits planned and done, by kind</source>
        <translation>Cuộc kiểm tra dự kiến và đã thực hiện, theo hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="122"/>
        <source>Kind of visit</source>
        <translation>Hình thức kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="124"/>
        <source>In progress</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="125"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="126"/>
        <source>Done (%)</source>
        <translation>Tỷ lệ thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="128"/>
        <source>Non-compliance by area</source>
        <translation>Tiêu chí không đạt theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="129"/>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="129"/>
        <source>Items checked</source>
        <translation>Lượt tiêu chí kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="130"/>
        <source>Non-compliant</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="131"/>
        <location filename="../../ui/hq/overview.py" line="134"/>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="132"/>
        <source>Items most often failed</source>
        <translation>Tiêu chí không đạt nhiều nhất</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="133"/>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="133"/>
        <source>Visits that checked it</source>
        <translation>Số cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="135"/>
        <source>Staff breaches (roll calls)</source>
        <translation>Vi phạm của cán bộ (điểm danh)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="136"/>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="136"/>
        <source>Staff rows</source>
        <translation>Lượt cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="137"/>
        <location filename="../../ui/hq/overview.py" line="140"/>
        <location filename="../../ui/hq/overview.py" line="144"/>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="138"/>
        <source>Late files (case files sampled)</source>
        <translation>Hồ sơ trễ hạn (kiểm tra xác suất)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="139"/>
        <source>Case files</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="139"/>
        <source>Files</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="141"/>
        <source>Citizens&apos; satisfaction (interviews)</source>
        <translation>Mức độ hài lòng của người dân (phỏng vấn)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="142"/>
        <source>Requests by status</source>
        <translation>Kiến nghị theo tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="143"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="152"/>
        <source>Nothing in this period and scope.</source>
        <translation>Không có số liệu trong kỳ và phạm vi này.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="122"/>
        <location filename="../../ui/hq/overview.py" line="184"/>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="123"/>
        <location filename="../../ui/hq/overview.py" line="184"/>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="190"/>
        <source>Non-compliant (%)</source>
        <translation>Tỷ lệ không đạt (%)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="134"/>
        <location filename="../../ui/hq/overview.py" line="193"/>
        <source>Failed at</source>
        <translation>Không đạt tại</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="195"/>
        <source>Staff checked</source>
        <translation>Cán bộ được điểm danh</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="195"/>
        <source>With a breach</source>
        <translation>Có vi phạm</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="196"/>
        <source>Files sampled</source>
        <translation>Hồ sơ được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="196"/>
        <source>Late files</source>
        <translation>Hồ sơ trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="203"/>
        <source>Rows</source>
        <translation>Số lượt</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="143"/>
        <location filename="../../ui/hq/overview.py" line="207"/>
        <source>Requests</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="233"/>
        <source>Criterion</source>
        <translation>Nội dung đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="235"/>
        <source>Answers</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="236"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview.py" line="266"/>
        <source>%1 visits planned, %2 done; %3 of %4 items checked non-compliant; %5 staff with a breach; %6 late files; %7 requests.</source>
        <translation>%1 cuộc kiểm tra dự kiến, %2 cuộc đã thực hiện; %3/%4 lượt tiêu chí không đạt; %5 lượt cán bộ vi phạm; %6 hồ sơ trễ hạn; %7 kiến nghị.</translation>
    </message>
</context>
<context>
    <name>ParModel</name>
    <message>
        <location filename="../../ui/hq/par_model.py" line="75"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="76"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="77"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="78"/>
        <source>Checks</source>
        <translation>Lượt kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="79"/>
        <source>Failed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="80"/>
        <source>Requests still open (late)</source>
        <translation>Kiến nghị (quá hạn)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="81"/>
        <source>Proposed deduction</source>
        <translation>Đề xuất trừ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="82"/>
        <source>Accepted</source>
        <translation>Chấp nhận trừ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="83"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="105"/>
        <source>Not decided</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_model.py" line="107"/>
        <source> — proposal changed since</source>
        <translation> (đề xuất đã đổi)</translation>
    </message>
</context>
<context>
    <name>ParPage</name>
    <message>
        <location filename="../../ui/hq/par_page.py" line="86"/>
        <source>PAR index: what the inspections show</source>
        <translation>Chỉ số cải cách hành chính: kết quả từ các cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="100"/>
        <source>Load the index</source>
        <translation>Nạp Bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="110"/>
        <source>Accept the proposal</source>
        <translation>Chấp nhận đề xuất</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="111"/>
        <source>Override…</source>
        <translation>Điều chỉnh…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="112"/>
        <source>Undo the decision</source>
        <translation>Hủy quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="113"/>
        <source>Edit the criterion…</source>
        <translation>Sửa tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="115"/>
        <source>Export for the council (.xlsx)…</source>
        <translation>Xuất cho Hội đồng thẩm định (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="122"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="124"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="158"/>
        <source>Reading the visits of %1…</source>
        <translation>Đang đọc các cuộc kiểm tra năm %1…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="177"/>
        <source>Certainty of the points: %1</source>
        <translation>Độ tin cậy của điểm: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="179"/>
        <source>No PAR index is held yet: load it to see the evidence.</source>
        <translation>Chưa có Bộ chỉ số cải cách hành chính: hãy nạp để xem minh chứng.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="213"/>
        <source>Proposed deduction %1 · accepted %2 · %3 criteria not decided</source>
        <translation>Điểm trừ đề xuất %1 · được chấp nhận %2 · %3 tiêu chí chưa quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="218"/>
        <source>No visit or request of this year is evidence for the index.</source>
        <translation>Năm này chưa có cuộc kiểm tra hay kiến nghị nào làm minh chứng cho Chỉ số.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="232"/>
        <source>%1 (records breach it)</source>
        <translation>%1 (nhưng hồ sơ, điểm danh vi phạm)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="234"/>
        <source>%1 · %2 %3: %4</source>
        <translation>%1 · %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="237"/>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="239"/>
        <source>Request of %1, due %2: %3</source>
        <translation>Kiến nghị ngày %1, hạn %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="243"/>
        <source>Decided by %1 on %2</source>
        <translation>%1 quyết định ngày %2</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="245"/>
        <source>No evidence for this criterion this year.</source>
        <translation>Năm này chưa có minh chứng cho tiêu chí này.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="298"/>
        <source>Export for the council</source>
        <translation>Xuất cho Hội đồng thẩm định</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="300"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="312"/>
        <source>The workbook could not be written: %1</source>
        <translation>Không ghi được bảng tính: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="316"/>
        <source>The workbook for %1 was written: %2 units, %3 criterion rows.</source>
        <translation>Đã ghi bảng tính năm %1: %2 đơn vị, %3 dòng tiêu chí.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/par_page.py" line="159"/>
        <location filename="../../ui/hq/par_page.py" line="318"/>
        <source>PAR index</source>
        <translation>Chỉ số CCHC</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../ui/visit/participants.py" line="46"/>
        <location filename="../../ui/visit/participants.py" line="95"/>
        <source>Side</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="46"/>
        <location filename="../../ui/visit/participants.py" line="96"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="47"/>
        <location filename="../../ui/visit/participants.py" line="98"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="47"/>
        <location filename="../../ui/visit/participants.py" line="99"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="48"/>
        <location filename="../../ui/visit/participants.py" line="51"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="48"/>
        <location filename="../../ui/visit/participants.py" line="97"/>
        <source>Mr/Ms</source>
        <translation>Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="52"/>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="79"/>
        <source>Add a participant</source>
        <translation>Thêm người tham dự</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="89"/>
        <source>— (not recorded)</source>
        <translation>— (chưa ghi)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="100"/>
        <source>Present at the visit</source>
        <translation>Có mặt tại buổi kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="136"/>
        <source>Edit participant</source>
        <translation>Sửa thành phần tham dự</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="155"/>
        <source>No participants yet. “Add the team&apos;s members”, then the unit&apos;s people with “Add participant…”.</source>
        <translation>Chưa có thành phần tham dự. Bấm “Thêm thành viên của đoàn”, rồi thêm người của đơn vị bằng “Thêm người tham dự…”.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="160"/>
        <source>Add participant… (Ctrl+N)</source>
        <translation>Thêm người tham dự… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="162"/>
        <source>Add the team&apos;s members</source>
        <translation>Thêm thành viên của đoàn</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="164"/>
        <source>Edit… (Enter)</source>
        <translation>Sửa… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="167"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="187"/>
        <source>e.g. Theo phản ánh của người dân qua Đường dây nóng ngày 05/11/2026 về …</source>
        <translation>ví dụ: Theo phản ánh của người dân qua Đường dây nóng ngày 05/11/2026 về …</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="191"/>
        <source>Reason for the surprise visit:</source>
        <translation>Lý do kiểm tra đột xuất:</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="297"/>
        <source>Every member of %1 is already in the list.</source>
        <translation>Mọi thành viên của %1 đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="299"/>
        <source>%1 has no members yet. Add them in Library → Teams, or add people one by one with “Add participant…”.</source>
        <translation>%1 chưa có thành viên nào. Hãy thêm thành viên ở Thư viện → Đoàn kiểm tra, hoặc thêm từng người bằng “Thêm người tham dự…”.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/participants.py" line="181"/>
        <source>Recording on this laptop:</source>
        <translation>Người ghi trên máy này:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/minutes/preview.py" line="27"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/preview.py" line="29"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/preview.py" line="31"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/preview.py" line="32"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/preview.py" line="33"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../../ui/minutes/preview.py" line="108"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <location filename="../../ui/hq/period_box.py" line="29"/>
        <source>First quarter</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <location filename="../../ui/hq/period_box.py" line="29"/>
        <source>Six months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/period_box.py" line="30"/>
        <source>Nine months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/period_box.py" line="30"/>
        <source>Year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location filename="../../ui/hq/period_box.py" line="30"/>
        <source>Any range</source>
        <translation>Khoảng thời gian khác</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/media/viewer.py" line="79"/>
        <source>Previous</source>
        <translation>Ảnh trước</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="80"/>
        <source>Next</source>
        <translation>Ảnh sau</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="81"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="82"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="83"/>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="84"/>
        <source>Actual size</source>
        <translation>Kích thước thật</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="85"/>
        <source>Rotate left</source>
        <translation>Xoay trái</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="86"/>
        <source>Rotate right</source>
        <translation>Xoay phải</translation>
    </message>
    <message>
        <location filename="../../ui/media/viewer.py" line="129"/>
        <source>taken at %1</source>
        <translation>chụp lúc %1</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <location filename="../../ui/media/photo_model.py" line="205"/>
        <source>Taken at %1</source>
        <translation>Chụp lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_model.py" line="211"/>
        <source>Linked to %1 item(s) or finding(s)</source>
        <translation>Đã liên kết với %1 tiêu chí hoặc ghi nhận</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="67"/>
        <source>No photos yet. Import photos or drop them here; Ctrl+Shift+P attaches photos to the current checklist item.</source>
        <translation>Chưa có ảnh nào. Hãy nhập ảnh hoặc kéo thả ảnh vào đây; Ctrl+Shift+P gắn ảnh vào tiêu chí đang chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="81"/>
        <source>Only photos of this item</source>
        <translation>Chỉ ảnh của tiêu chí này</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="117"/>
        <source>Import photos…</source>
        <translation>Nhập ảnh…</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="120"/>
        <source>Attach photos to the item…</source>
        <translation>Đính kèm ảnh cho tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="121"/>
        <source>Choose photos and link them to the current item</source>
        <translation>Chọn ảnh và liên kết với tiêu chí đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="122"/>
        <source>Take a photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="124"/>
        <source>Link to the item</source>
        <translation>Liên kết với tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="125"/>
        <source>Link the selected photos to the current item</source>
        <translation>Liên kết các ảnh đã chọn với tiêu chí đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="126"/>
        <source>Unlink</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="127"/>
        <source>Remove the link between the selected photos and the current item (the photos stay)</source>
        <translation>Bỏ liên kết giữa các ảnh đã chọn và tiêu chí đang chọn (ảnh vẫn được giữ)</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="129"/>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="132"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="133"/>
        <source>Take the selected photos out of the visit (Ctrl+Z brings them back)</source>
        <translation>Bỏ các ảnh đang chọn khỏi cuộc kiểm tra (Ctrl+Z để khôi phục)</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="140"/>
        <source>Looking for a camera…</source>
        <translation>Đang tìm máy ảnh…</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="151"/>
        <source>No camera was found on this computer. Import the photos from a camera or phone instead.</source>
        <translation>Không tìm thấy máy ảnh trên máy tính này. Hãy nhập ảnh từ máy ảnh hoặc điện thoại.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="192"/>
        <source>%1 — photos linked: %2</source>
        <translation>%1 — số ảnh đã liên kết: %2</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="194"/>
        <source>Select an item in the checklist to link photos to it.</source>
        <translation>Hãy chọn một tiêu chí trong phiếu kiểm tra để liên kết ảnh.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="212"/>
        <source>Choose photos</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="212"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>Ảnh (%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="226"/>
        <source>Not photos, so not imported: %1. Recordings go in the Audio tab.</source>
        <translation>Không phải ảnh nên không được nhập: %1. Tệp ghi âm hãy thêm ở thẻ Ghi âm.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="250"/>
        <source>Importing photos</source>
        <translation>Đang nhập ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="274"/>
        <source>Import stopped. Photos added before stopping: %1.</source>
        <translation>Đã dừng nhập ảnh. Số ảnh đã thêm trước khi dừng: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="277"/>
        <source>Photos added: %1.</source>
        <translation>Số ảnh đã thêm: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="289"/>
        <source>New photos in the watched folder: %1</source>
        <translation>Ảnh mới trong thư mục theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="317"/>
        <source>Select photos and an item first.</source>
        <translation>Hãy chọn ảnh và một tiêu chí trước.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="323"/>
        <source>Photos linked: %1</source>
        <translation>Số ảnh đã liên kết: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="333"/>
        <source>Photos deleted: %1. Ctrl+Z brings them back.</source>
        <translation>Đã xóa %1 ảnh. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="380"/>
        <source>Making thumbnails</source>
        <translation>Đang tạo ảnh thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/media/photo_panel.py" line="390"/>
        <source>Photos that cannot be shown: %1.</source>
        <translation>Số ảnh không hiển thị được: %1.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="62"/>
        <source>Edit plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="62"/>
        <source>New plan</source>
        <translation>Thêm kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="67"/>
        <source>e.g. Kiểm tra công tác cải cách hành chính năm 2026</source>
        <translation>ví dụ: Kiểm tra công tác cải cách hành chính năm 2026</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="71"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="72"/>
        <source>&amp;Title:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="73"/>
        <source>&amp;Issuer:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="74"/>
        <source>Issue &amp;date:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="75"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="78"/>
        <source>e.g. về việc ban hành Kế hoạch kiểm tra công tác cải cách hành chính</source>
        <translation>ví dụ: về việc ban hành Kế hoạch kiểm tra công tác cải cách hành chính</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../ui/library/table_models.py" line="157"/>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="158"/>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="159"/>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="160"/>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="161"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/library/plans_tab.py" line="33"/>
        <source>New plan…</source>
        <translation>Thêm kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/library/plans_tab.py" line="34"/>
        <source>Edit plan…</source>
        <translation>Sửa kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/library/plans_tab.py" line="38"/>
        <source>No plans yet. Enter the plan your team works under with “New plan…”.</source>
        <translation>Chưa có kế hoạch nào. Hãy nhập kế hoạch kiểm tra của đoàn bằng nút “Thêm kế hoạch…”.</translation>
    </message>
    <message>
        <location filename="../../ui/library/plans_tab.py" line="74"/>
        <source>Legal basis: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/plans_tab.py" line="76"/>
        <source>Decision: %1</source>
        <translation>Quyết định: %1</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="101"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="102"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="82"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="83"/>
        <source>File Folder</source>
        <translation>Thư mục tệp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="84"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="85"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="86"/>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="87"/>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="88"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="60"/>
        <source>&amp;Select All</source>
        <translation>Chọn tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="61"/>
        <source>&amp;Step up</source>
        <translation>Tăn&amp;g lên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="62"/>
        <source>Step &amp;down</source>
        <translation>Giả&amp;m xuống</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="141"/>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="142"/>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="143"/>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Hẹn giờ in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="144"/>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="145"/>
        <source>Hold Indefinitely</source>
        <translation>Tạm giữ, chưa in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="146"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="147"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="148"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="149"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="150"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="151"/>
        <source>Specific Time</source>
        <translation>Vào giờ đã định</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="152"/>
        <source>&amp;Billing information:</source>
        <translation>Thông tin &amp;tính phí:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="153"/>
        <source>Job &amp;priority:</source>
        <translation>Độ ư&amp;u tiên:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="154"/>
        <source>Banner Pages</source>
        <translation>Trang bìa lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="155"/>
        <source>&amp;Start:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="156"/>
        <source>&amp;End:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="158"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="159"/>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="160"/>
        <source>Unclassified</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="161"/>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="162"/>
        <source>Classified</source>
        <translation>Thuộc diện mật</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="163"/>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="164"/>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="168"/>
        <source>Authentication Needed</source>
        <translation>Cần xác thực</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="169"/>
        <source>Authentication needed to use %1.</source>
        <translation>Cần xác thực để dùng %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="170"/>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Cần xác thực để dùng %1 trên %2.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="171"/>
        <source>Username:</source>
        <translation>Tên người dùng:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="172"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="9"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="10"/>
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="11"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="12"/>
        <source>Files of &amp;type:</source>
        <translation>Loại tệ&amp;p:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="13"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="14"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="15"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="16"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="17"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="18"/>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="19"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="20"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="21"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="22"/>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="23"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="24"/>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="25"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="26"/>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="27"/>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="28"/>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="29"/>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="30"/>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="31"/>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="32"/>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="33"/>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="35"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="36"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="37"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="41"/>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="42"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="43"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="44"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="49"/>
        <source>&amp;Rename</source>
        <translation>Đổ&amp;i tên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="50"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="51"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="52"/>
        <source>&amp;New Folder</source>
        <translation>Thư &amp;mục mới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="53"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="54"/>
        <source>Remove</source>
        <translation>Gỡ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="55"/>
        <source>Show </source>
        <translation>Hiện cột </translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="59"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="60"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp đã nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="61"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục đã nhập.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="63"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos; không?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="64"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa chứ?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="65"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="66"/>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="71"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="72"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="73"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="74"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="75"/>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="76"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="77"/>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="39"/>
        <source>Enter a value:</source>
        <translation>Nhập giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="48"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="49"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="37"/>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="38"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="96"/>
        <source>Joint Photographic Experts Group</source>
        <translation>Ảnh JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="97"/>
        <source>Portable Network Graphics</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="98"/>
        <source>Tagged Image File Format</source>
        <translation>Ảnh TIFF</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="99"/>
        <source>Windows bitmap</source>
        <translation>Ảnh bitmap Windows</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="100"/>
        <source>Graphics Interchange Format</source>
        <translation>Ảnh GIF</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="101"/>
        <source>MPEG-1 Audio Layer 3</source>
        <translation>Âm thanh MP3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="102"/>
        <source>Ogg Vorbis Codec Compressed WAV File</source>
        <translation>Âm thanh Ogg Vorbis</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="103"/>
        <source>Ogg Opus Codec Compressed WAV File</source>
        <translation>Âm thanh Ogg Opus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="104"/>
        <source>Free Lossless Audio Codec</source>
        <translation>Âm thanh FLAC</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="105"/>
        <source>Portable Document Format</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="106"/>
        <source>Microsoft Word Document</source>
        <translation>Tài liệu Microsoft Word</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="107"/>
        <source>Office Open XML Document</source>
        <translation>Tài liệu Word (Office Open XML)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="108"/>
        <source>Microsoft Excel Spreadsheet</source>
        <translation>Bảng tính Microsoft Excel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="109"/>
        <source>Office Open XML Workbook</source>
        <translation>Bảng tính Excel (Office Open XML)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="110"/>
        <source>Microsoft Powerpoint Presentation</source>
        <translation>Bản trình chiếu Microsoft PowerPoint</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="111"/>
        <source>Office Open XML Presentation</source>
        <translation>Bản trình chiếu PowerPoint (Office Open XML)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/file_dialog.py" line="112"/>
        <source>Compressed Archive File</source>
        <translation>Tệp nén</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="106"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="107"/>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="108"/>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="109"/>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="110"/>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="111"/>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="112"/>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="113"/>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="114"/>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="115"/>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="116"/>
        <source>Reverse landscape</source>
        <translation>Ngang đảo ngược</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="117"/>
        <source>Reverse portrait</source>
        <translation>Dọc đảo ngược</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="118"/>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="119"/>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="120"/>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="121"/>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="122"/>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="123"/>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="124"/>
        <source>Pages &amp;per sheet:</source>
        <translation>&amp;Số trang mỗi tờ:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="125"/>
        <source>Page &amp;order:</source>
        <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="126"/>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="127"/>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="128"/>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="129"/>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="130"/>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="131"/>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="132"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="133"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="134"/>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="135"/>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="136"/>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="137"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="10"/>
        <source>Letter / ANSI A</source>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="11"/>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="12"/>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7,5 x 10 in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="13"/>
        <source>A0</source>
        <translation>A0</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="14"/>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="15"/>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="16"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="17"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="18"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="19"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="20"/>
        <source>A7</source>
        <translation>A7</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="21"/>
        <source>A8</source>
        <translation>A8</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="22"/>
        <source>A9</source>
        <translation>A9</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="23"/>
        <source>A10</source>
        <translation>A10</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="24"/>
        <source>B0</source>
        <translation>B0</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="25"/>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="26"/>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="27"/>
        <source>B3</source>
        <translation>B3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="28"/>
        <source>B4</source>
        <translation>B4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="29"/>
        <source>B5</source>
        <translation>B5</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="30"/>
        <source>B6</source>
        <translation>B6</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="31"/>
        <source>B7</source>
        <translation>B7</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="32"/>
        <source>B8</source>
        <translation>B8</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="33"/>
        <source>B9</source>
        <translation>B9</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="34"/>
        <source>B10</source>
        <translation>B10</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="35"/>
        <source>Envelope C5</source>
        <translation>Phong bì C5</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="36"/>
        <source>Envelope US 10</source>
        <translation>Phong bì US 10</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="37"/>
        <source>Envelope DL</source>
        <translation>Phong bì DL</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="38"/>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8,27 x 13 in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="39"/>
        <source>Ledger / ANSI B</source>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="40"/>
        <source>Tabloid / ANSI B</source>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="41"/>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="42"/>
        <source>A3 Extra</source>
        <translation>A3 Extra</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="43"/>
        <source>A4 Extra</source>
        <translation>A4 Extra</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="44"/>
        <source>A4 Plus</source>
        <translation>A4 Plus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="45"/>
        <source>A4 Small</source>
        <translation>A4 nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="46"/>
        <source>A5 Extra</source>
        <translation>A5 Extra</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="47"/>
        <source>B5 Extra</source>
        <translation>B5 Extra</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="48"/>
        <source>JIS B0</source>
        <translation>JIS B0</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="49"/>
        <source>JIS B1</source>
        <translation>JIS B1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="50"/>
        <source>JIS B2</source>
        <translation>JIS B2</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="51"/>
        <source>JIS B3</source>
        <translation>JIS B3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="52"/>
        <source>JIS B4</source>
        <translation>JIS B4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="53"/>
        <source>JIS B5</source>
        <translation>JIS B5</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="54"/>
        <source>JIS B6</source>
        <translation>JIS B6</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="55"/>
        <source>JIS B7</source>
        <translation>JIS B7</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="56"/>
        <source>JIS B8</source>
        <translation>JIS B8</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="57"/>
        <source>JIS B9</source>
        <translation>JIS B9</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="58"/>
        <source>JIS B10</source>
        <translation>JIS B10</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="59"/>
        <source>ANSI C</source>
        <translation>ANSI C</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="60"/>
        <source>ANSI D</source>
        <translation>ANSI D</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="61"/>
        <source>ANSI E</source>
        <translation>ANSI E</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="62"/>
        <source>Legal Extra</source>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="63"/>
        <source>Letter Extra</source>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="64"/>
        <source>Letter Plus</source>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="65"/>
        <source>Letter Small</source>
        <translation>Letter nhỏ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="66"/>
        <source>Tabloid Extra</source>
        <translation>Tabloid Extra</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="67"/>
        <source>Architect A</source>
        <translation>Kiến trúc A</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="68"/>
        <source>Architect B</source>
        <translation>Kiến trúc B</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="69"/>
        <source>Architect C</source>
        <translation>Kiến trúc C</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="70"/>
        <source>Architect D</source>
        <translation>Kiến trúc D</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="71"/>
        <source>Architect E</source>
        <translation>Kiến trúc E</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="72"/>
        <source>%1 x %2 in</source>
        <translation>%1 x %2 in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="73"/>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7,25 x 10,5 in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="74"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="75"/>
        <source>Quarto</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="76"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="77"/>
        <source>Super A</source>
        <translation>Super A</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="78"/>
        <source>Super B</source>
        <translation>Super B</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="79"/>
        <source>Postcard</source>
        <translation>Bưu thiếp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="80"/>
        <source>Double Postcard</source>
        <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="81"/>
        <source>PRC 16K</source>
        <translation>PRC 16K</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="82"/>
        <source>PRC 32K</source>
        <translation>PRC 32K</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="83"/>
        <source>PRC 32K Big</source>
        <translation>PRC 32K lớn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="84"/>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Giấy in liên tục Mỹ (14,875 x 11 in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="85"/>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Giấy in liên tục Đức (8,5 x 12 in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="86"/>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Giấy in liên tục Đức Legal (8,5 x 13 in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="87"/>
        <source>Envelope B4</source>
        <translation>Phong bì B4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="88"/>
        <source>Envelope B5</source>
        <translation>Phong bì B5</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="89"/>
        <source>Envelope B6</source>
        <translation>Phong bì B6</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="90"/>
        <source>Envelope C0</source>
        <translation>Phong bì C0</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="91"/>
        <source>Envelope C1</source>
        <translation>Phong bì C1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="92"/>
        <source>Envelope C2</source>
        <translation>Phong bì C2</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="93"/>
        <source>Envelope C3</source>
        <translation>Phong bì C3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="94"/>
        <source>Envelope C4</source>
        <translation>Phong bì C4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="95"/>
        <source>Envelope C6</source>
        <translation>Phong bì C6</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="96"/>
        <source>Envelope C65</source>
        <translation>Phong bì C65</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="97"/>
        <source>Envelope C7</source>
        <translation>Phong bì C7</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="98"/>
        <source>Envelope US 9</source>
        <translation>Phong bì US 9</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="99"/>
        <source>Envelope US 11</source>
        <translation>Phong bì US 11</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="100"/>
        <source>Envelope US 12</source>
        <translation>Phong bì US 12</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="101"/>
        <source>Envelope US 14</source>
        <translation>Phong bì US 14</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="102"/>
        <source>Envelope Monarch</source>
        <translation>Phong bì Monarch</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="103"/>
        <source>Envelope Personal</source>
        <translation>Phong bì cá nhân</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="104"/>
        <source>Envelope Chou 3</source>
        <translation>Phong bì Chou 3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="105"/>
        <source>Envelope Chou 4</source>
        <translation>Phong bì Chou 4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="106"/>
        <source>Envelope Invite</source>
        <translation>Phong bì thiệp mời</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="107"/>
        <source>Envelope Italian</source>
        <translation>Phong bì Ý</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="108"/>
        <source>Envelope Kaku 2</source>
        <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="109"/>
        <source>Envelope Kaku 3</source>
        <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="110"/>
        <source>Envelope PRC 1</source>
        <translation>Phong bì PRC 1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="111"/>
        <source>Envelope PRC 2</source>
        <translation>Phong bì PRC 2</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="112"/>
        <source>Envelope PRC 3</source>
        <translation>Phong bì PRC 3</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="113"/>
        <source>Envelope PRC 4</source>
        <translation>Phong bì PRC 4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="114"/>
        <source>Envelope PRC 5</source>
        <translation>Phong bì PRC 5</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="115"/>
        <source>Envelope PRC 6</source>
        <translation>Phong bì PRC 6</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="116"/>
        <source>Envelope PRC 7</source>
        <translation>Phong bì PRC 7</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="117"/>
        <source>Envelope PRC 8</source>
        <translation>Phong bì PRC 8</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="118"/>
        <source>Envelope PRC 9</source>
        <translation>Phong bì PRC 9</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="119"/>
        <source>Envelope PRC 10</source>
        <translation>Phong bì PRC 10</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="120"/>
        <source>Envelope You 4</source>
        <translation>Phong bì You 4</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="121"/>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Tùy chỉnh (%1mm x %2mm)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="122"/>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Tùy chỉnh (%1pt x %2pt)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="123"/>
        <source>Custom (%1in x %2in)</source>
        <translation>Tùy chỉnh (%1in x %2in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="124"/>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Tùy chỉnh (%1pc x %2pc)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="125"/>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Tùy chỉnh (%1DD x %2DD)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/page_sizes.py" line="126"/>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Tùy chỉnh (%1CC x %2CC)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="6"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="7"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="8"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="9"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="10"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="11"/>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="12"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="13"/>
        <source>N&amp;o to All</source>
        <translation>Không cho tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="14"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="15"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="16"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="17"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="18"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="19"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="20"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="21"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="22"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="23"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="9"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="10"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="11"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="12"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="13"/>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="14"/>
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="15"/>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="16"/>
        <source>Write PDF file</source>
        <translation>Ghi ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="17"/>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="18"/>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="19"/>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="20"/>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="21"/>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="22"/>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="23"/>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="24"/>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="25"/>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="26"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Từ trái sang phải, từ trên xuống dưới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="27"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Từ trái sang phải, từ dưới lên trên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="28"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Từ phải sang trái, từ dưới lên trên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="29"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Từ phải sang trái, từ trên xuống dưới</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="30"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Từ dưới lên trên, từ trái sang phải</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="31"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Từ dưới lên trên, từ phải sang trái</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="32"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Từ trên xuống dưới, từ trái sang phải</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="33"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Từ trên xuống dưới, từ phải sang trái</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="34"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="35"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="36"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="37"/>
        <source>Invalid Pages Definition</source>
        <translation>Danh sách trang không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="38"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Hãy dùng dấu &apos;,&apos; để ngăn cách các trang và các khoảng trang, dấu &apos;-&apos; để ghi một khoảng trang, và bảo đảm các khoảng không chồng lên nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="41"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng cùng lúc tùy chọn &apos;Số trang mỗi tờ&apos; và &apos;Nhóm trang&apos;.
Hãy tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="43"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Xung đột thiết lập in hai mặt</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="44"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Các thiết lập in hai mặt đang xung đột nhau. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="88"/>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="89"/>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="90"/>
        <source>Custom value for %1</source>
        <translation>Giá trị tùy chỉnh cho %1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="91"/>
        <source>Page Setup Conflicts</source>
        <translation>Xung đột thiết lập trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="92"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Các tùy chọn thiết lập trang đang xung đột nhau. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="94"/>
        <source>Advanced Option Conflicts</source>
        <translation>Xung đột tùy chọn nâng cao</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="95"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao đang xung đột nhau. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="97"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="98"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="99"/>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="100"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn đang xung đột nhau. Hãy sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="60"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="61"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="62"/>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="63"/>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="64"/>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="65"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="66"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="67"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy. Một khoảng trang gồm hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="70"/>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="71"/>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="72"/>
        <source>Page &amp;Set:</source>
        <translation>Nhó&amp;m trang:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="73"/>
        <source>Output Settings</source>
        <translation>Thiết lập bản in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="74"/>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="75"/>
        <source>Collate</source>
        <translation>In theo từng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="76"/>
        <source>Reverse</source>
        <translation>In từ trang cuối</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="77"/>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="78"/>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="79"/>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="80"/>
        <source>Grayscale</source>
        <translation>Thang độ xám</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="81"/>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="82"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="83"/>
        <source>Long side binding</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="84"/>
        <source>Short side binding</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="48"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="49"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="50"/>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="51"/>
        <source>P&amp;roperties</source>
        <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="52"/>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="53"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="54"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="55"/>
        <source>Output &amp;file:</source>
        <translation>Tệp đầu &amp;ra:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/print_dialog.py" line="56"/>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="40"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="66"/>
        <source>Scroll here</source>
        <translation>Cuộn tới đây</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="67"/>
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="68"/>
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="69"/>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="70"/>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="71"/>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="72"/>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="73"/>
        <source>Left edge</source>
        <translation>Cạnh trái</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="74"/>
        <source>Right edge</source>
        <translation>Cạnh phải</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="75"/>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="76"/>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="77"/>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="78"/>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="82"/>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="83"/>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="51"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="52"/>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="53"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="54"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="55"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="56"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="26"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="27"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="28"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="29"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="30"/>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="31"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="32"/>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings/common.py" line="33"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <location filename="../../ui/media/indicator.py" line="26"/>
        <source>Bookmark (Ctrl+B)</source>
        <translation>Đánh dấu (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/media/indicator.py" line="27"/>
        <source>Stop recording</source>
        <translation>Dừng ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/media/indicator.py" line="54"/>
        <source>Recording %1</source>
        <translation>Đang ghi âm %1</translation>
    </message>
</context>
<context>
    <name>RecordingsModel</name>
    <message>
        <location filename="../../ui/media/audio_model.py" line="64"/>
        <source>%1 bookmark(s)</source>
        <translation>%1 đánh dấu</translation>
    </message>
    <message>
        <location filename="../../ui/media/audio_model.py" line="72"/>
        <source>Recorded at %1</source>
        <translation>Ghi lúc %1</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../ui/visit/records.py" line="144"/>
        <location filename="../../ui/visit/records.py" line="213"/>
        <source>%1 – breaches %2</source>
        <translation>%1 – vi phạm %2</translation>
    </message>
    <message>
        <location filename="../../ui/visit/records.py" line="153"/>
        <source>This answer breaches item %1 of the checklist: the minutes print it non-compliant.</source>
        <translation>Câu trả lời này vi phạm tiêu chí %1 của phiếu kiểm tra: biên bản ghi tiêu chí đó “Không đạt”.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/records.py" line="182"/>
        <source>This row breaches %1</source>
        <translation>Dòng này vi phạm %1</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../ui/visit/records.py" line="280"/>
        <source>row</source>
        <translation>dòng</translation>
    </message>
    <message>
        <location filename="../../ui/visit/records.py" line="281"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../ui/visit/records.py" line="284"/>
        <source>No rows yet. Press Ctrl+N to add one (%1).</source>
        <translation>Chưa có dòng nào. Nhấn Ctrl+N để thêm (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/visit/records.py" line="286"/>
        <source>Remove row (Ctrl+Delete)</source>
        <translation>Xóa dòng (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/hq/register_model.py" line="167"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_model.py" line="168"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_model.py" line="169"/>
        <source>Unit to act</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_model.py" line="170"/>
        <source>Request</source>
        <translation>Nội dung kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_model.py" line="171"/>
        <source>Visited on</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_model.py" line="172"/>
        <source>Unit&apos;s report</source>
        <translation>Báo cáo của đơn vị</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hq/register_model.py" line="203"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n bản quét</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/hq/register_page.py" line="58"/>
        <source>Search without accents…</source>
        <translation>Tìm kiếm (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="62"/>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="63"/>
        <source>Still to be done</source>
        <translation>Còn phải thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="64"/>
        <source>Late (to remind)</source>
        <translation>Quá hạn (cần đôn đốc)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="91"/>
        <source>Unit&apos;s report…</source>
        <translation>Báo cáo của đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="92"/>
        <source>Attach scans…</source>
        <translation>Đính kèm bản quét…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="93"/>
        <source>Verified</source>
        <translation>Xác nhận đã khắc phục</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="94"/>
        <source>Not fixed…</source>
        <translation>Chưa khắc phục…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="95"/>
        <source>Partly fixed…</source>
        <translation>Khắc phục một phần…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="96"/>
        <source>Close…</source>
        <translation>Kết thúc theo dõi…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="97"/>
        <source>Cancel…</source>
        <translation>Hủy bỏ…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="98"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="105"/>
        <source>Follow-up letters…</source>
        <translation>Công văn đôn đốc…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="107"/>
        <source>Plan re-inspections…</source>
        <translation>Lập kế hoạch tái kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="119"/>
        <source>Register of requests</source>
        <translation>Sổ theo dõi kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="156"/>
        <source>All periods</source>
        <translation>Mọi kỳ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="169"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="205"/>
        <source>%1 of %2 requests shown; %3 late</source>
        <translation>Hiển thị %1/%2 kiến nghị; %3 kiến nghị quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="214"/>
        <source>Select a request to see its follow-up.</source>
        <translation>Chọn một kiến nghị để xem kết quả theo dõi.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="225"/>
        <source>Visit of %1 on %2; responsible: %3</source>
        <translation>Cuộc kiểm tra tại %1 ngày %2; trách nhiệm: %3</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="228"/>
        <source>Unit&apos;s report %1 of %2, %3 scan(s)</source>
        <translation>Báo cáo số %1 ngày %2 của đơn vị, %3 bản quét</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="233"/>
        <source>Re-inspection of %1: %2</source>
        <translation>Tái kiểm tra ngày %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="236"/>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="278"/>
        <source>Partly fixed</source>
        <translation>Khắc phục một phần</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="278"/>
        <source>Not fixed</source>
        <translation>Chưa khắc phục</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="279"/>
        <source>What remains to be done:</source>
        <translation>Những nội dung còn phải thực hiện:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="283"/>
        <source>Close the request</source>
        <translation>Kết thúc theo dõi kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="283"/>
        <source>Note (optional):</source>
        <translation>Ghi chú (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="287"/>
        <source>Cancel the request</source>
        <translation>Hủy bỏ kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="287"/>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="291"/>
        <source>Reopen the request</source>
        <translation>Mở lại kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="291"/>
        <source>Reason (optional):</source>
        <translation>Lý do (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="315"/>
        <source>Folder for the follow-up letters</source>
        <translation>Thư mục lưu công văn đôn đốc</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="328"/>
        <source>The letters could not be written: %1</source>
        <translation>Chưa ghi được công văn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="332"/>
        <source>%1 follow-up letter(s) written in %2.</source>
        <translation>Đã lập %1 công văn đôn đốc trong thư mục %2.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="334"/>
        <source>No unit has a late request: no letter was written.</source>
        <translation>Không đơn vị nào có kiến nghị quá hạn: không lập công văn nào.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_page.py" line="335"/>
        <source>Follow-up letters</source>
        <translation>Công văn đôn đốc</translation>
    </message>
</context>
<context>
    <name>ReinspectionDialog</name>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="53"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="53"/>
        <source>Still to do</source>
        <translation>Chưa khắc phục</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="54"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="54"/>
        <source>First deadline</source>
        <translation>Hạn sớm nhất</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="55"/>
        <source>Re-inspections planned</source>
        <translation>Đã có lịch tái kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="90"/>
        <source>Request</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="90"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="91"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="91"/>
        <source>Re-inspection</source>
        <translation>Tái kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="96"/>
        <source>planned for %1</source>
        <translation>dự kiến ngày %1</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="138"/>
        <source>Plan re-inspections</source>
        <translation>Lập kế hoạch tái kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="141"/>
        <source>No unit has a request still to do: nothing to re-inspect.</source>
        <translation>Không đơn vị nào còn kiến nghị chưa khắc phục: không có gì cần tái kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="165"/>
        <source>Day of the re-inspection</source>
        <translation>Ngày tái kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="166"/>
        <source>Team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="167"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="169"/>
        <source>Plan the re-inspection</source>
        <translation>Lập cuộc tái kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="174"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="176"/>
        <source>Units with requests still to do (overdue first)</source>
        <translation>Đơn vị còn kiến nghị chưa khắc phục (quá hạn trước)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/reinspection_dialog.py" line="178"/>
        <source>Requests to check again (ticked)</source>
        <translation>Kiến nghị cần kiểm tra lại (đánh dấu chọn)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hq/reinspection_dialog.py" line="210"/>
        <source>Planned: %1, on %2, %n request(s) to check. The next distribution package takes it to the team.</source>
        <translation>
            <numerusform>Đã lập cuộc tái kiểm tra %1, ngày %2, %n kiến nghị cần kiểm tra lại. Gói phân phối tiếp theo sẽ gửi tới đoàn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReinspectionPanel</name>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="50"/>
        <source>Report %1</source>
        <translation>Báo cáo số %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="52"/>
        <source>of %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="66"/>
        <source>Request</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="66"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="67"/>
        <source>Unit&apos;s report</source>
        <translation>Báo cáo của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="67"/>
        <location filename="../../ui/visit/reinspection.py" line="185"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="68"/>
        <location filename="../../ui/visit/reinspection.py" line="186"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="68"/>
        <location filename="../../ui/visit/reinspection.py" line="188"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="73"/>
        <source>Not checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="85"/>
        <source>Finding: %1</source>
        <translation>Ghi nhận: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="87"/>
        <source>Item %1: %2</source>
        <translation>Tiêu chí %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="120"/>
        <source>Headquarters listed no request to check again for this visit. The list comes with headquarters&apos; distribution package.</source>
        <translation>Trụ sở chưa giao kiến nghị nào cần kiểm tra lại trong cuộc tái kiểm tra này. Danh sách đến cùng gói dữ liệu trụ sở gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="126"/>
        <source>Keys: ↑↓ choose a request · 1 fixed · 2 not fixed · 3 partly fixed · 0 clear · Enter note · Ctrl+E evidence</source>
        <translation>Phím: ↑↓ chọn kiến nghị · 1 đã khắc phục · 2 chưa khắc phục · 3 khắc phục một phần · 0 xóa kết quả · Enter ghi chú · Ctrl+E minh chứng</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="148"/>
        <source>Check of the request</source>
        <translation>Kết quả kiểm tra lại kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="173"/>
        <source>Keep the note (Ctrl+Enter)</source>
        <translation>Lưu ghi chú (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="175"/>
        <source>Add evidence… (Ctrl+E)</source>
        <translation>Thêm minh chứng… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="235"/>
        <source>Deadline: %1</source>
        <translation>Thời hạn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="237"/>
        <source>Unit&apos;s report: %1</source>
        <translation>Báo cáo của đơn vị: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="239"/>
        <source>Made at the visit of %1</source>
        <translation>Kiến nghị tại cuộc kiểm tra ngày %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="249"/>
        <source>Choose a result first (1, 2, 3).</source>
        <translation>Hãy chọn kết quả trước (1, 2, 3).</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="253"/>
        <source>No file yet.</source>
        <translation>Chưa có tệp nào.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="279"/>
        <source>Choose a result first: 1 fixed, 2 not fixed, 3 partly fixed.</source>
        <translation>Hãy chọn kết quả trước: 1 đã khắc phục, 2 chưa khắc phục, 3 khắc phục một phần.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/reinspection.py" line="296"/>
        <source>Evidence of the check</source>
        <translation>Minh chứng kết quả kiểm tra lại</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="100"/>
        <source>Unit&apos;s report</source>
        <translation>Báo cáo của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="104"/>
        <source>e.g. 12/BC-UBND</source>
        <translation>ví dụ: 12/BC-UBND</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="113"/>
        <source>Report number</source>
        <translation>Số báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="114"/>
        <source>Report date</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="115"/>
        <source>Scans</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="116"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="130"/>
        <source>Make the period&apos;s report</source>
        <translation>Lập báo cáo kỳ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="148"/>
        <location filename="../../ui/hq/report_dialog.py" line="224"/>
        <source>The whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="148"/>
        <source>A plan</source>
        <translation>Một kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="148"/>
        <source>A team</source>
        <translation>Một đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="149"/>
        <source>A unit and the units under it</source>
        <translation>Một đơn vị và các đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="161"/>
        <source>blank: “……” to fill in</source>
        <translation>để trống: in “……” để điền sau</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="168"/>
        <source>Full name of the person who signs</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="176"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="183"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="185"/>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="186"/>
        <source>Number:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="187"/>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="188"/>
        <source>Date of the report:</source>
        <translation>Ngày báo cáo:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="189"/>
        <source>Save in the folder:</source>
        <translation>Lưu vào thư mục:</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="195"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="198"/>
        <source>Make the report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="201"/>
        <location filename="../../ui/hq/report_dialog.py" line="289"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="209"/>
        <source>The report (.docx, to edit in Word) and its appendices (.xlsx), from the visits of the period and scope chosen.</source>
        <translation>Báo cáo (.docx, để chỉnh sửa trong Word) và phụ lục (.xlsx), lập từ các cuộc kiểm tra của kỳ và phạm vi đã chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="231"/>
        <source>(none in this workspace)</source>
        <translation>(chưa có trong dữ liệu)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="272"/>
        <source>CCHC inspection report %1</source>
        <translation>Báo cáo kiểm tra CCHC %1</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="289"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="294"/>
        <source>Folder for the report</source>
        <translation>Thư mục lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="320"/>
        <source>Counting the visits of %1…</source>
        <translation>Đang tổng hợp số liệu %1…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="326"/>
        <source>The period&apos;s report</source>
        <translation>Báo cáo kỳ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="334"/>
        <source>Counting the visits…</source>
        <translation>Đang tổng hợp số liệu các cuộc kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="334"/>
        <source>Writing the report (.docx)…</source>
        <translation>Đang ghi báo cáo (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="335"/>
        <source>Writing the appendices (.xlsx)…</source>
        <translation>Đang ghi phụ lục (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="343"/>
        <source>Written in the folder “%1”:
• %2
• %3
%4 visits made, %5 requests.</source>
        <translation>Đã ghi vào thư mục “%1”:
• %2
• %3
%4 cuộc kiểm tra đã thực hiện, %5 kiến nghị.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/report_dialog.py" line="360"/>
        <source>Cancelled: no file was written.</source>
        <translation>Đã hủy: không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="63"/>
        <source>Add scans…</source>
        <translation>Thêm bản quét…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="65"/>
        <source>Remove</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="78"/>
        <source>Scanned report</source>
        <translation>Bản quét báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/hq/register_dialogs.py" line="79"/>
        <source>Scans and documents (%1)</source>
        <translation>Bản quét và tài liệu (%1)</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="46"/>
        <source>Edit section</source>
        <translation>Sửa phần</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="46"/>
        <source>New section</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="51"/>
        <source>Repeated: one record per person, file or interview</source>
        <translation>Lặp lại: mỗi người, mỗi hồ sơ hoặc mỗi lượt phỏng vấn một dòng</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="54"/>
        <source>e.g. Staff member</source>
        <translation>ví dụ: Công chức</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="56"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="57"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên phần:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="59"/>
        <source>&amp;Record label:</source>
        <translation>Tên &amp;một dòng:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="60"/>
        <source>&amp;Guidance:</source>
        <translation>&amp;Hướng dẫn:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>The language applies the next time Inspector starts.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần mở Inspector tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>e.g. the folder your camera imports photos into</source>
        <translation>ví dụ: thư mục máy ảnh chép ảnh vào</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>&amp;Watched photo folder:</source>
        <translation>&amp;Thư mục ảnh theo dõi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Choose the watched photo folder</source>
        <translation>Chọn thư mục ảnh theo dõi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source>This folder does not exist now (a camera card not inserted?). It is kept and used when it appears.</source>
        <translation>Hiện chưa có thư mục này (chưa cắm thẻ nhớ máy ảnh?). Đường dẫn vẫn được lưu và sẽ dùng khi thư mục xuất hiện.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>New photos in this folder are offered for import into the open visit.</source>
        <translation>Ảnh mới trong thư mục này sẽ được đề nghị nhập vào cuộc kiểm tra đang mở.</translation>
    </message>
</context>
<context>
    <name>SyncKinds</name>
    <message>
        <location filename="../../ui/sync/panels.py" line="69"/>
        <source>findings</source>
        <translation>kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="70"/>
        <source>team findings</source>
        <translation>kết quả gửi trong đoàn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="71"/>
        <source>distribution</source>
        <translation>gói phân phối</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="72"/>
        <source>receipt</source>
        <translation>giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panels.py" line="73"/>
        <source>enrollment request</source>
        <translation>yêu cầu đăng ký máy</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="60"/>
        <location filename="../../ui/sync/page.py" line="118"/>
        <source>Export</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="61"/>
        <source>Import</source>
        <translation>Nhập gói</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="65"/>
        <location filename="../../ui/sync/page.py" line="185"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="66"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="67"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="73"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="81"/>
        <location filename="../../ui/sync/page.py" line="243"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="96"/>
        <source>Distribution package for the laptops</source>
        <translation>Gói phân phối cho các máy kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="97"/>
        <source>Receipt for the laptops</source>
        <translation>Giấy biên nhận cho các máy kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="98"/>
        <source>Findings for headquarters</source>
        <translation>Kết quả kiểm tra gửi trụ sở</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="99"/>
        <source>Findings for the team&apos;s laptops</source>
        <translation>Kết quả kiểm tra gửi các máy trong đoàn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="106"/>
        <source>No laptop enrolled yet: import their enrollment requests (Import tab, “Import a bundle…”).</source>
        <translation>Chưa có máy tính nào được đăng ký: hãy nhập yêu cầu đăng ký của các máy (thẻ Nhập gói, nút “Nhập một gói…”).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="108"/>
        <source>No recipient yet. Import HQ&apos;s distribution package first (Import tab, “Import a bundle…”).</source>
        <translation>Chưa có máy nhận. Hãy nhập gói phân phối của trụ sở trước (thẻ Nhập gói, nút “Nhập một gói…”).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="109"/>
        <source>Everything, not only what HQ has not acknowledged yet</source>
        <translation>Toàn bộ, không chỉ phần trụ sở chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="110"/>
        <source>Do not encrypt (anyone with the file can read it)</source>
        <translation>Không mã hóa (ai có tệp cũng đọc được)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="112"/>
        <source>USB stick or folder</source>
        <translation>Thẻ nhớ USB hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="113"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="124"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="125"/>
        <source>Recipients</source>
        <translation>Máy nhận</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="128"/>
        <source>Destination</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="134"/>
        <source>Write an enrollment request for HQ…</source>
        <translation>Ghi yêu cầu đăng ký máy gửi trụ sở…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="143"/>
        <source>Import a bundle…</source>
        <translation>Nhập một gói…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="144"/>
        <source>Import a folder of bundles…</source>
        <translation>Nhập cả thư mục gói…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="152"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="152"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="152"/>
        <source>From</source>
        <translation>Gửi từ</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="153"/>
        <source>What changed, or why</source>
        <translation>Thay đổi gì, hoặc lý do</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167"/>
        <source>Team, unit, visit</source>
        <translation>Đoàn, đơn vị, cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="167"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="170"/>
        <source>Visits received, by team and unit</source>
        <translation>Các cuộc kiểm tra đã nhận, theo đoàn và đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="184"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="214"/>
        <source>No team</source>
        <translation>Chưa có đoàn</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="220"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="271"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Đã hủy. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="275"/>
        <source>Unexpected error: %1. Stored data is not affected.</source>
        <translation>Lỗi không mong đợi: %1. Dữ liệu đã lưu không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="284"/>
        <source>Destination of the bundle</source>
        <translation>Nơi lưu gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="294"/>
        <source>Choose a destination folder first.</source>
        <translation>Hãy chọn thư mục lưu trước.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="298"/>
        <source>Choose at least one recipient.</source>
        <translation>Hãy chọn ít nhất một máy nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="302"/>
        <source>Unencrypted bundle</source>
        <translation>Gói không mã hóa</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="303"/>
        <source>Anyone who gets this file can read everything in it. Export without encryption?</source>
        <translation>Bất kỳ ai có tệp này đều đọc được toàn bộ nội dung. Vẫn xuất không mã hóa?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="313"/>
        <source>Written and verified: %1 (%2 operations, %3 files) for %4.</source>
        <translation>Đã ghi và kiểm tra lại: %1 (%2 thao tác, %3 tệp) gửi cho %4.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="320"/>
        <source>Enrollment request</source>
        <translation>Yêu cầu đăng ký máy</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="325"/>
        <source>Enrollment request written to %1. Read this fingerprint to HQ: %2</source>
        <translation>Đã ghi yêu cầu đăng ký vào %1. Hãy đọc vân tay này cho trụ sở so khớp: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="330"/>
        <source>Import a bundle</source>
        <translation>Nhập một gói</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="335"/>
        <source>Import a folder of bundles</source>
        <translation>Nhập cả thư mục gói</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="357"/>
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="357"/>
        <source>Already had</source>
        <translation>Đã có từ trước</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="358"/>
        <source>Held for approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="358"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="365"/>
        <source>%1 new operations, %2 new files</source>
        <translation>%1 thao tác mới, %2 tệp mới</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="372"/>
        <source>Nothing new: this bundle was imported before.</source>
        <translation>Không có gì mới: gói này đã được nhập trước đây.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="377"/>
        <source>No bundle found</source>
        <translation>Không có gói nào</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="377"/>
        <source>No .bundle file in what was chosen.</source>
        <translation>Không có tệp .bundle nào trong mục đã chọn.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="92"/>
        <source>Edit team</source>
        <translation>Sửa đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="92"/>
        <source>New team</source>
        <translation>Thêm đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="95"/>
        <source>e.g. Đoàn kiểm tra công vụ số 1</source>
        <translation>ví dụ: Đoàn kiểm tra công vụ số 1</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="96"/>
        <source>— no plan —</source>
        <translation>— không theo kế hoạch —</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đoàn:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="98"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../ui/library/plan_dialogs.py" line="101"/>
        <source>về việc thành lập &lt;the team&gt; if left blank</source>
        <translation>để trống: về việc thành lập &lt;tên đoàn&gt;</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../ui/library/table_models.py" line="213"/>
        <source>Team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="213"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="213"/>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="47"/>
        <location filename="../../ui/library/teams_tab.py" line="173"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="49"/>
        <source>New team…</source>
        <translation>Thêm đoàn…</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="50"/>
        <source>Edit team…</source>
        <translation>Sửa đoàn…</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="54"/>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="55"/>
        <source>Edit member…</source>
        <translation>Sửa thành viên…</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="56"/>
        <source>Remove member</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="58"/>
        <source>Assign to a unit…</source>
        <translation>Phân công kiểm tra đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="59"/>
        <source>Remove assignment</source>
        <translation>Xóa phân công</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="60"/>
        <source>No teams yet. Create the team with “New team…”, then add its members.</source>
        <translation>Chưa có đoàn kiểm tra nào. Hãy tạo đoàn bằng nút “Thêm đoàn…”, rồi thêm thành viên.</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="69"/>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="83"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="86"/>
        <source>Assignments: units and periods</source>
        <translation>Phân công: đơn vị và thời gian kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="146"/>
        <source>No team selected.</source>
        <translation>Chưa chọn đoàn kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="148"/>
        <source>Decision: %1</source>
        <translation>Quyết định: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="260"/>
        <source>Remove %1 from the team?</source>
        <translation>Xóa %1 khỏi đoàn kiểm tra?</translation>
    </message>
    <message>
        <location filename="../../ui/library/teams_tab.py" line="290"/>
        <source>Remove this assignment?</source>
        <translation>Xóa phân công này?</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="30"/>
        <source>Checklist title</source>
        <translation>Tên phiếu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="33"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên phiếu:</translation>
    </message>
    <message>
        <location filename="../../ui/library/checklist_dialogs.py" line="34"/>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../ui/library/table_models.py" line="31"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="32"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="33"/>
        <source>Title</source>
        <translation>Tên phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="34"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="35"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_models.py" line="36"/>
        <source>Items</source>
        <translation>Số tiêu chí</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="33"/>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="33"/>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="37"/>
        <source>e.g. Ủy ban nhân dân phường Ba Đình</source>
        <translation>ví dụ: Ủy ban nhân dân phường Ba Đình</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="39"/>
        <source>— none (top level) —</source>
        <translation>— không có (cấp cao nhất) —</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="42"/>
        <source>official code (QĐ 19/2025/QĐ-TTg)</source>
        <translation>mã chính thức (QĐ 19/2025/QĐ-TTg)</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="45"/>
        <source>place name printed on the minutes, e.g. Hà Nội</source>
        <translation>địa danh ghi trên biên bản, ví dụ: Hà Nội</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="49"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="50"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại đơn vị:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="51"/>
        <source>&amp;Under:</source>
        <translation>Trực thuộ&amp;c:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="52"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="53"/>
        <source>&amp;Short name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="54"/>
        <source>&amp;Place name:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="55"/>
        <source>&amp;Address:</source>
        <translation>Địa c&amp;hỉ:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="56"/>
        <source>Valid &amp;from:</source>
        <translation>Hiệu lực &amp;từ:</translation>
    </message>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="57"/>
        <source>Valid &amp;until:</source>
        <translation>Hiệu lực đế&amp;n:</translation>
    </message>
</context>
<context>
    <name>UnitOptions</name>
    <message>
        <location filename="../../ui/library/unit_dialogs.py" line="22"/>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/library/tree_models.py" line="194"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="195"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="196"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="197"/>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="198"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="199"/>
        <source>Successors</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="200"/>
        <source>Added here</source>
        <translation>Thêm tại máy</translation>
    </message>
    <message>
        <location filename="../../ui/library/tree_models.py" line="223"/>
        <source>Added on this laptop, not yet known to headquarters</source>
        <translation>Thêm trên máy này, trụ sở chưa có</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../ui/library/units_tab.py" line="41"/>
        <source>Only units in force on</source>
        <translation>Chỉ hiện đơn vị còn hoạt động ngày</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="46"/>
        <source>New unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="47"/>
        <source>New unit under the selected one…</source>
        <translation>Thêm đơn vị trực thuộc…</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="49"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="50"/>
        <source>End unit…</source>
        <translation>Chấm dứt hoạt động…</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="51"/>
        <source>Close a merged or renamed unit and name its successors</source>
        <translation>Đóng đơn vị đã sáp nhập hoặc đổi tên và ghi các đơn vị kế thừa</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="68"/>
        <source>No units yet. Add the units your team inspects with “New unit…”, or import a distribution from headquarters.</source>
        <translation>Chưa có đơn vị nào. Hãy thêm các đơn vị sẽ kiểm tra bằng nút “Thêm đơn vị…”, hoặc nhập gói dữ liệu do trụ sở phân phối.</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="182"/>
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="184"/>
        <source>Place name: %1</source>
        <translation>Địa danh: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="187"/>
        <source>Ended on %1; taken over by: %2</source>
        <translation>Chấm dứt hoạt động ngày %1; đơn vị kế thừa: %2</translation>
    </message>
    <message>
        <location filename="../../ui/library/units_tab.py" line="190"/>
        <source>Added on this laptop.</source>
        <translation>Đơn vị được thêm trên máy này.</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../ui/visit/value_dialog.py" line="27"/>
        <source>Unit: %1</source>
        <translation>Đơn vị tính: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/value_dialog.py" line="29"/>
        <source>Maximum: %1 points</source>
        <translation>Tối đa: %1 điểm</translation>
    </message>
    <message>
        <location filename="../../ui/visit/value_dialog.py" line="32"/>
        <source>From 0 to 100 %</source>
        <translation>Từ 0 đến 100 %</translation>
    </message>
</context>
<context>
    <name>VisitDetail</name>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="49"/>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="49"/>
        <source>Answer</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="49"/>
        <source>Note, records that breach it</source>
        <translation>Ghi chú, dòng ghi nhận vi phạm</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="54"/>
        <source>Finding or request</source>
        <translation>Ghi nhận hoặc kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="54"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="54"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="56"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="56"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="56"/>
        <source>Taken</source>
        <translation>Ngày chụp</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="56"/>
        <source>Linked to</source>
        <translation>Gắn với</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="60"/>
        <source>Items</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="61"/>
        <source>Records</source>
        <translation>Bảng ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="62"/>
        <source>Findings and requests</source>
        <translation>Ghi nhận và kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="63"/>
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="80"/>
        <source>%1 non-compliant</source>
        <translation>%1 không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/hq/overview_detail.py" line="101"/>
        <source>Evidence (%1)</source>
        <translation>Chứng cứ (%1)</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <location filename="../../ui/visit/header.py" line="67"/>
        <source>%1 day(s)</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="110"/>
        <source>Required items still unanswered:</source>
        <translation>Các tiêu chí bắt buộc chưa trả lời:</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="111"/>
        <source>Evidence required but none attached:</source>
        <translation>Tiêu chí bắt buộc có minh chứng nhưng chưa có:</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="113"/>
        <source>Records and answers disagree:</source>
        <translation>Hồ sơ, điểm danh và kết quả đánh giá không khớp:</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="115"/>
        <source>The minutes&apos; legal basis lacks:</source>
        <translation>Căn cứ pháp lý của biên bản còn thiếu:</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="122"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="142"/>
        <source>Visit details</source>
        <translation>Thông tin cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="145"/>
        <source>(no team)</source>
        <translation>(chưa chọn đoàn)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="150"/>
        <source>Title</source>
        <translation>Tên cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="151"/>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="172"/>
        <location filename="../../ui/visit/header.py" line="222"/>
        <source>Arrived — start</source>
        <translation>Đã đến — bắt đầu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="174"/>
        <source>Correct arrival time…</source>
        <translation>Sửa giờ đến…</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="176"/>
        <location filename="../../ui/visit/header.py" line="224"/>
        <source>Conclude…</source>
        <translation>Kết thúc kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="178"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="180"/>
        <source>Visit details…</source>
        <translation>Thông tin cuộc kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="181"/>
        <source>The visit&apos;s title and inspection team</source>
        <translation>Tên cuộc kiểm tra và đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="183"/>
        <source>Start an amendment…</source>
        <translation>Lập biên bản bổ sung…</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="184"/>
        <source>The minutes are signed: changes go into an amendment (biên bản bổ sung).</source>
        <translation>Biên bản đã ký: mọi thay đổi phải qua biên bản bổ sung.</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="226"/>
        <source>Minutes of this visit</source>
        <translation>Biên bản của cuộc kiểm tra này</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="243"/>
        <source>arrived</source>
        <translation>đến lúc</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="245"/>
        <source>left</source>
        <translation>kết thúc lúc</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="78"/>
        <location filename="../../ui/visit/header.py" line="82"/>
        <source>On site</source>
        <translation>Tại đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="81"/>
        <source>On site since %1</source>
        <translation>Tại đơn vị từ %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="274"/>
        <source>Correct arrival time</source>
        <translation>Sửa giờ đến</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="275"/>
        <source>Reason for the change</source>
        <translation>Lý do sửa</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="301"/>
        <source>%1 is answered “%2” but records breach it: %3</source>
        <translation>%1 được đánh giá “%2” nhưng hồ sơ, điểm danh ghi nhận: %3</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="306"/>
        <source>%1 is named twice in %2 (rows %3)</source>
        <translation>%1 được ghi hai lần trong %2 (dòng %3)</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="318"/>
        <source>Reason for concluding anyway</source>
        <translation>Lý do vẫn kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="319"/>
        <source>Conclude the visit</source>
        <translation>Kết thúc cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="340"/>
        <source>Start an amendment</source>
        <translation>Lập biên bản bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/visit/header.py" line="341"/>
        <source>Reason for the amendment</source>
        <translation>Lý do lập biên bản bổ sung</translation>
    </message>
</context>
<context>
    <name>VisitRecordExport</name>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="71"/>
        <source>Inspection record</source>
        <translation>Hồ sơ cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="83"/>
        <source>Save the visit&apos;s record as PDF</source>
        <translation>Lưu hồ sơ cuộc kiểm tra thành tệp PDF</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="85"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="99"/>
        <location filename="../../ui/hq/visit_record_action.py" line="107"/>
        <source>The visit&apos;s record</source>
        <translation>Hồ sơ cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="108"/>
        <source>Saved “%1” (%2 pages) in the folder “%3”.</source>
        <translation>Đã lưu “%1” (%2 trang) vào thư mục “%3”.</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="113"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="132"/>
        <location filename="../../ui/hq/visit_record_action.py" line="169"/>
        <source>Export the visit&apos;s record (PDF)…</source>
        <translation>Xuất hồ sơ cuộc kiểm tra (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="151"/>
        <source>Make the period&apos;s report…</source>
        <translation>Lập báo cáo kỳ…</translation>
    </message>
    <message>
        <location filename="../../ui/hq/visit_record_action.py" line="155"/>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <location filename="../../ui/visit/workspace.py" line="53"/>
        <source>Checklist</source>
        <translation>Phiếu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="63"/>
        <source>Participants</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="65"/>
        <source>Findings and requests</source>
        <translation>Ghi nhận, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="70"/>
        <source>Requests to check again</source>
        <translation>Kiến nghị cần kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="74"/>
        <source>Photos and audio</source>
        <translation>Ảnh, ghi âm</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="75"/>
        <source>Keys: ↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 clear · Enter note · F2 value · F1 legal basis · Ctrl+Shift+F finding from the item · Ctrl+Z undo</source>
        <translation>Phím: ↑↓ di chuyển · 1 đạt · 2 không đạt · 3 không áp dụng · 0 xóa · Enter ghi chú · F2 nhập giá trị · F1 căn cứ pháp lý · Ctrl+Shift+F ghi nhận từ tiêu chí · Ctrl+Z hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="131"/>
        <source>Next tab</source>
        <translation>Thẻ tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="134"/>
        <source>Previous tab</source>
        <translation>Thẻ trước</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="161"/>
        <source>Start an amendment…</source>
        <translation>Lập biên bản bổ sung…</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="198"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="198"/>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="200"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="200"/>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit/workspace.py" line="128"/>
        <source>Finding from the selected item</source>
        <translation>Ghi nhận từ tiêu chí đang chọn</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../ui/models.py" line="59"/>
        <source>Amendment not signed yet</source>
        <translation>Có biên bản bổ sung chưa ký</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="199"/>
        <source>Date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="200"/>
        <source>Visit</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="201"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="202"/>
        <source>Kind of visit</source>
        <translation>Hình thức kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="203"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="204"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="228"/>
        <source>Checklist items answered: %1 of %2</source>
        <translation>Đã trả lời %1/%2 tiêu chí</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="58"/>
        <source>Search without accents…</source>
        <translation>Tìm kiếm (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="62"/>
        <source>All visits</source>
        <translation>Tất cả cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="62"/>
        <source>Today&apos;s</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="62"/>
        <source>Planned</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="63"/>
        <source>In progress</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="63"/>
        <source>Concluded</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="107"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="108"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="67"/>
        <source>All kinds</source>
        <translation>Tất cả hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="76"/>
        <source>New visit…</source>
        <translation>Cuộc kiểm tra mới…</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="96"/>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="130"/>
        <source>No visit matches “%1”.</source>
        <translation>Không có cuộc kiểm tra nào khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="132"/>
        <source>No visits yet.</source>
        <translation>Chưa có cuộc kiểm tra nào.</translation>
    </message>
</context>
<context>
    <name>WatchRow</name>
    <message>
        <location filename="../../ui/media/watch.py" line="158"/>
        <source>Watch a folder…</source>
        <translation>Theo dõi thư mục…</translation>
    </message>
    <message>
        <location filename="../../ui/media/watch.py" line="159"/>
        <source>Choose the folder where the camera&apos;s photos are copied; new photos in it are added to this visit automatically.</source>
        <translation>Chọn thư mục nơi ảnh từ máy ảnh được chép vào; ảnh mới xuất hiện trong đó sẽ tự động được thêm vào cuộc kiểm tra này.</translation>
    </message>
    <message>
        <location filename="../../ui/media/watch.py" line="162"/>
        <source>Stop watching</source>
        <translation>Ngừng theo dõi</translation>
    </message>
    <message>
        <location filename="../../ui/media/watch.py" line="175"/>
        <source>Folder where the camera&apos;s photos arrive</source>
        <translation>Thư mục nhận ảnh từ máy ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/media/watch.py" line="183"/>
        <source>Watched folder: %1</source>
        <translation>Thư mục theo dõi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media/watch.py" line="185"/>
        <source>No watched folder.</source>
        <translation>Chưa theo dõi thư mục nào.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="73"/>
        <source>Where to keep your work</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="74"/>
        <source>Inspector keeps checklists, visits, photos and recordings in one folder on this computer.</source>
        <translation>Inspector lưu phiếu kiểm tra, các cuộc kiểm tra, ảnh và ghi âm trong một thư mục trên máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="77"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="79"/>
        <source>Laptop of an inspection team (field)</source>
        <translation>Máy của đoàn kiểm tra (làm việc tại đơn vị)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="80"/>
        <source>Headquarters: receives and merges the teams&apos; results (HQ)</source>
        <translation>Trụ sở: nhận và tổng hợp kết quả của các đoàn</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="86"/>
        <source>e.g. Laptop đoàn 1 - máy 2</source>
        <translation>ví dụ: Laptop đoàn 1 - máy 2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>Open the existing workspace</source>
        <translation>Mở không gian làm việc đã có</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>This computer is:</source>
        <translation>Máy này là:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>&amp;Computer name:</source>
        <translation>Tên &amp;máy:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="117"/>
        <source>Choose the workspace folder</source>
        <translation>Chọn thư mục lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="132"/>
        <source>Choose a folder for the workspace.</source>
        <translation>Hãy chọn thư mục lưu không gian làm việc.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="135"/>
        <source>Enter a name for this computer, so headquarters can tell the laptops apart.</source>
        <translation>Hãy đặt tên cho máy này để trụ sở phân biệt được các máy.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="140"/>
        <source>This folder already holds an Inspector workspace; it will not be overwritten. Open it, or choose another folder.</source>
        <translation>Thư mục này đã có một không gian làm việc Inspector; dữ liệu cũ sẽ không bị ghi đè. Hãy mở không gian làm việc này hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="145"/>
        <source>Inspector cannot write to this folder. Choose a folder of your own, for example in your Documents.</source>
        <translation>Inspector không ghi được vào thư mục này. Hãy chọn thư mục của riêng bạn, ví dụ trong thư mục Tài liệu (Documents).</translation>
    </message>
</context>
</TS>
