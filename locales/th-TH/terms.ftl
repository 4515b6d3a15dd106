### คำศัพท์ที่ใช้ร่วมกันในทุกข้อความของภาษานี้

## ชื่อของภาษานี้ในภาษาของตนเอง ตามที่ `vod-errors locales` แสดง

-language-name = ไทย

## ชื่อแบรนด์ ข้อความต่าง ๆ อ้างอิงคำเหล่านี้แทนการเขียนชื่อโดยตรง

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
