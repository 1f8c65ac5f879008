<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>Cannot open the workspace</source>
        <translation>Không mở được không gian làm việc</translation>
    </message>
</context>
<context>
    <name>ChecklistsModel</name>
    <message>
        <location filename="../../ui/models.py" line="130"/>
        <source>Checklist</source>
        <translation>Phiếu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="131"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="132"/>
        <source>Kind</source>
        <translation>Loại phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="133"/>
        <source>Items</source>
        <translation>Số tiêu chí</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/pages.py" line="94"/>
        <source>Checklist library</source>
        <translation>Thư viện phiếu kiểm tra</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>HQ workspace</source>
        <translation>Không gian làm việc tại trụ sở</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Field workspace</source>
        <translation>Không gian làm việc của đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Device: %1</source>
        <translation>Thiết bị: %1</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../ui/models.py" line="175"/>
        <source>Date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="176"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="177"/>
        <source>Kind of visit</source>
        <translation>Hình thức kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="178"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="179"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="59"/>
        <source>Search without accents…</source>
        <translation>Tìm kiếm (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="68"/>
        <source>Visits</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="80"/>
        <source>No visit matches “%1”.</source>
        <translation>Không có cuộc kiểm tra nào khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="82"/>
        <source>No visits yet.</source>
        <translation>Chưa có cuộc kiểm tra nào.</translation>
    </message>
</context>
</TS>
