### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = รหัสข้อผิดพลาด
page-intro = หัวข้อนี้อธิบายรหัสข้อผิดพลาดทั่วไป คุณสามารถระบุสาเหตุของข้อผิดพลาดได้จากคำอธิบายของรหัสข้อผิดพลาด
page-common-errors = ข้อผิดพลาดทั่วไป
column-code = รหัสข้อผิดพลาด
column-message = ข้อความแสดงข้อผิดพลาด
column-status = รหัสสถานะ HTTP
column-description = คำอธิบาย
