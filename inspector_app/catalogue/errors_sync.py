"""The error messages of sync by bundle files, (Vietnamese, English) by code."""

from __future__ import annotations

SYNC_ERRORS: dict[str, tuple[str, str]] = {
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
}
