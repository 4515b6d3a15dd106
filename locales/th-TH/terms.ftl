### คำศัพท์ที่ใช้ร่วมกันในทุกข้อความของภาษานี้

## ชื่อของภาษานี้ในภาษาของตนเอง ตามที่ `vod-errors locales` แสดง

-language-name = ไทย

## ชื่อแบรนด์ ข้อความต่าง ๆ อ้างอิงคำเหล่านี้แทนการเขียนชื่อโดยตรง

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
