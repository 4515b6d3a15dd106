### รหัสข้อผิดพลาดของ API ของ ApsaraVideo VOD ในภาษาไทย แปลจากต้นฉบับภาษาอังกฤษ (en-US)
###
### แต่ละข้อความคือข้อความแสดงข้อผิดพลาดที่ API ส่งกลับ แปลตามความหมาย ส่วน `.description` อธิบายว่าเกิดอะไรขึ้นและควรทำอย่างไร
### ID ของข้อความคือสตริงของรหัสในรูปแบบ kebab-case โดยใช้ `_` แทนจุดในรหัส (`OperationDenied.Suspended` คือ `operation-denied_suspended`)
### รูปแบบย่อย (ข้อความที่สองที่บางการดำเนินการส่งกลับสำหรับรหัสเดียวกัน) จะต่อท้ายด้วย `--` และชื่อของรูปแบบย่อยนั้น

# MissingParameter (HTTP 400)
# ตัวแปร:
#   $parameter (String) - ชื่อพารามิเตอร์ของคำขอ เช่น VideoId
missing-parameter = ไม่ได้ระบุพารามิเตอร์อินพุต { $parameter } ซึ่งจำเป็นสำหรับการประมวลผลคำขอนี้
    .description = ข้อความแสดงข้อผิดพลาดที่ส่งกลับเมื่อไม่ได้ตั้งค่าพารามิเตอร์ที่จำเป็น

# MissingParameter รูปแบบย่อย `domain-name-empty` (HTTP 400)
missing-parameter--domain-name-empty = ค่าของพารามิเตอร์ DomainName ต้องไม่ว่างเปล่า
    .description = ไม่ได้ระบุพารามิเตอร์ DomainName หรือพารามิเตอร์นี้ว่างเปล่า

# MissingParameter รูปแบบย่อย `config-id-empty` (HTTP 400)
missing-parameter--config-id-empty = ค่าของพารามิเตอร์ ConfigId ต้องไม่ว่างเปล่า
    .description = ไม่ได้ระบุพารามิเตอร์ ConfigId หรือพารามิเตอร์นี้ว่างเปล่า

# MissingParameter รูปแบบย่อย `time-range-half` (HTTP 400)
missing-parameter--time-range-half = ไม่สามารถระบุ StartTime หรือ EndTime เพียงอย่างเดียวได้
    .description = มีการระบุเพียงพารามิเตอร์เดียวจาก StartTime และ EndTime โปรดระบุทั้งสองพารามิเตอร์หรือไม่ระบุทั้งคู่

# InvalidParameter (HTTP 400)
# ตัวแปร:
#   $parameter (String) - ชื่อพารามิเตอร์ของคำขอ เช่น VideoId
invalid-parameter = พารามิเตอร์ { $parameter } ที่ระบุไม่ถูกต้อง
    .description = ข้อความแสดงข้อผิดพลาดที่ส่งกลับเมื่อพารามิเตอร์ที่ระบุไม่ถูกต้อง

# InvalidParameter รูปแบบย่อย `live-region` (HTTP 400)
invalid-parameter--live-region = พารามิเตอร์ภูมิภาคสำหรับการถ่ายทอดสดที่เพิ่มมีข้อผิดพลาด
    .description = ข้อมูลภูมิภาคของ { -apsaravideo-live } ที่ระบุสำหรับชื่อโดเมนไม่ถูกต้อง

# InvalidParameter รูปแบบย่อย `media-type` (HTTP 400)
invalid-parameter--media-type = พารามิเตอร์ "MediaType" ที่ระบุไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ MediaType ไม่ถูกต้อง

# InvalidParameter รูปแบบย่อย `unspecified` (HTTP 400)
invalid-parameter--unspecified = พารามิเตอร์ไม่ถูกต้อง
    .description = พารามิเตอร์อย่างน้อยหนึ่งรายการไม่ถูกต้อง

# OperationDenied (HTTP 403)
operation-denied = บัญชีของคุณยังไม่ได้เปิดใช้งานบริการ { -vod }
    .description = ข้อความแสดงข้อผิดพลาดที่ส่งกลับเมื่อบัญชีของคุณยังไม่ได้เปิดใช้งาน { -apsaravideo-vod }

# OperationDenied รูปแบบย่อย `vod-suspended` (HTTP 403)
operation-denied--vod-suspended = บริการ { -vod } ของคุณถูกระงับ
    .description = { -apsaravideo-vod } ถูกระงับสำหรับบัญชี { -alibaba-cloud } ของคุณ

# OperationDenied รูปแบบย่อย `cdn-not-open` (HTTP 403)
operation-denied--cdn-not-open = บัญชีของคุณยังไม่ได้เปิดใช้งานบริการ CDN
    .description = บัญชี { -alibaba-cloud } ของคุณยังไม่ได้เปิดใช้งาน { -alibaba-cloud-cdn }

# OperationDenied รูปแบบย่อย `cdn-suspended` (HTTP 403)
operation-denied--cdn-suspended = บริการ CDN ของคุณถูกระงับ
    .description = { -alibaba-cloud-cdn } ถูกระงับสำหรับบัญชี { -alibaba-cloud } ของคุณ หากบัญชีมียอดค้างชำระ โปรดเติมเงินเข้าบัญชี

# OperationDenied.Suspended (HTTP 403)
operation-denied_suspended = บริการ { -vod } ของคุณถูกระงับ
    .description = ข้อความแสดงข้อผิดพลาดที่ส่งกลับเมื่อบัญชี { -alibaba-cloud } ของคุณมียอดค้างชำระ โปรดเติมเงินเข้าบัญชีของคุณ

# Forbidden (HTTP 403)
forbidden = ผู้ใช้ไม่ได้รับสิทธิ์ให้ดำเนินการกับทรัพยากรที่ระบุ
    .description = ข้อความแสดงข้อผิดพลาดที่ส่งกลับเมื่อคุณไม่มีสิทธิ์ดำเนินการนี้ ในกรณีส่วนใหญ่ ข้อผิดพลาดนี้เกิดขึ้นเนื่องจากบัญชีของคุณไม่ได้รับสิทธิ์ที่เกี่ยวข้อง สำหรับข้อมูลเพิ่มเติม โปรดดู [ภาพรวม](/intl.en-US/Developer Guide/Access authorization/Overview.md)

# InternalError (HTTP 500)
internal-error = การประมวลผลคำขอล้มเหลวเนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ
    .description = ข้อความแสดงข้อผิดพลาดที่ส่งกลับเมื่อเกิดข้อผิดพลาดที่ไม่ทราบสาเหตุในฝั่งเซิร์ฟเวอร์ โปรดลองอีกครั้งในภายหลังหรือติดต่อเจ้าหน้าที่ฝ่ายบริการลูกค้า

# ServiceUnAvailable (HTTP 503)
service-un-available = คำขอล้มเหลวเนื่องจากเซิร์ฟเวอร์ขัดข้องชั่วคราว
    .description = ข้อความแสดงข้อผิดพลาดที่ส่งกลับเมื่อบริการไม่พร้อมใช้งาน

# LevelExceededMax (HTTP 400)
level-exceeded-max = จำนวนระดับของหมวดหมู่เกินขีดจำกัดสูงสุด
    .description = จำนวนระดับของหมวดหมู่ถึงขีดจำกัดแล้ว

# SubTotalExceededMax (HTTP 400)
sub-total-exceeded-max = จำนวนหมวดหมู่ย่อยทั้งหมดเกินขีดจำกัดสูงสุด
    .description = จำนวนหมวดหมู่ย่อยในหมวดหมู่นี้ถึงขีดจำกัดแล้ว

# InvalidCateId.NotFound (HTTP 404)
invalid-cate-id_not-found = CateId ที่ระบุไม่มีอยู่
    .description = หมวดหมู่หรือหมวดหมู่หลักที่ระบุไม่มีอยู่

# InvalidStorage.NotFound (HTTP 404)
invalid-storage_not-found = ไม่มีข้อมูลตำแหน่งจัดเก็บ
    .description = { -apsaravideo-vod } ยังไม่ได้จัดสรรตำแหน่งจัดเก็บให้กับบัญชีของคุณ

# InvalidStorage.NotFound รูปแบบย่อย `storage-location` (HTTP 404)
invalid-storage_not-found--storage-location = StorageLocation ที่ระบุไม่มีอยู่
    .description = ตำแหน่งจัดเก็บที่ระบุไม่มีอยู่ โปรดตรวจสอบตำแหน่งจัดเก็บของบัญชีคุณในคอนโซล { -apsaravideo-vod }

# InvalidStorage.NotFound รูปแบบย่อย `cannot-find` (HTTP 404)
invalid-storage_not-found--cannot-find = ไม่พบตำแหน่งจัดเก็บ
    .description = ตำแหน่งจัดเก็บไม่มีอยู่

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404)
invalid-transcode-template-group_not-found = กลุ่มเทมเพลตการแปลงรหัสไม่มีอยู่
    .description = กลุ่มเทมเพลตการแปลงรหัสที่ระบุไม่มีอยู่

# InvalidTranscodeTemplateGroup.NotFound รูปแบบย่อย `template` (HTTP 404)
invalid-transcode-template-group_not-found--template = เทมเพลตการแปลงรหัสไม่มีอยู่
    .description = กลุ่มเทมเพลตการแปลงรหัสที่ระบุหรือเทมเพลตการแปลงรหัสในกลุ่มนั้นไม่มีอยู่

# Forbidden.LockedTemplateGroup (HTTP 403)
forbidden_locked-template-group = กลุ่มเทมเพลตการแปลงรหัสถูกล็อก
    .description = กลุ่มเทมเพลตการแปลงรหัสถูกล็อกและไม่สามารถจัดการได้ หากต้องการจัดการกลุ่มนี้ โปรดติดต่อฝ่ายสนับสนุนด้านเทคนิคของ { -alibaba-cloud }

# Forbidden.SpecialTemplateGroup (HTTP 403)
forbidden_special-template-group = กลุ่มเทมเพลตการแปลงรหัสนี้ใช้สำหรับวัตถุประสงค์พิเศษ
    .description = กลุ่มเทมเพลตการแปลงรหัสนี้สงวนไว้สำหรับวัตถุประสงค์พิเศษ เช่น กลุ่มเทมเพลต No Transcoding หรือ Storage Only จึงไม่สามารถเพิ่มเทมเพลตการแปลงรหัสลงในกลุ่มนี้ได้

# TrasncodeTemplateGroupExceededMax (HTTP 400)
trasncode-template-group-exceeded-max = จำนวนกลุ่มเทมเพลตการแปลงรหัสเกินขีดจำกัดสูงสุด
    .description = จำนวนกลุ่มเทมเพลตการแปลงรหัสถึงขีดจำกัด 20 กลุ่มแล้ว

# TranscodeTemplateExceededMax (HTTP 400)
transcode-template-exceeded-max = จำนวนการกำหนดค่าเทมเพลตการแปลงรหัสเกินขีดจำกัดสูงสุด
    .description = จำนวนเทมเพลตการแปลงรหัสในกลุ่มเทมเพลตการแปลงรหัสเกินขีดจำกัด กลุ่มเทมเพลตการแปลงรหัสหนึ่งกลุ่มมีเทมเพลตการแปลงรหัสได้สูงสุด 20 รายการ

# WatermarkExceededMax (HTTP 400)
watermark-exceeded-max = จำนวนลายน้ำเกินขีดจำกัดสูงสุด
    .description = เทมเพลตการแปลงรหัสในกลุ่มเทมเพลตการแปลงรหัสเชื่อมโยงกับลายน้ำมากเกินไป เทมเพลตการแปลงรหัสหนึ่งรายการเชื่อมโยงกับลายน้ำได้สูงสุด 4 รายการ

# InvalidDomainName.Malformed (HTTP 400)
invalid-domain-name_malformed = พารามิเตอร์ DomainName ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ DomainName ไม่ถูกต้อง

# InvalidDomainName.Malformed รูปแบบย่อย `specific-value` (HTTP 400)
invalid-domain-name_malformed--specific-value = ค่าของพารามิเตอร์ DomainName ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ DomainName ไม่ถูกต้องหรือไม่รองรับ

# InvalidCdnType.Malformed (HTTP 400)
invalid-cdn-type_malformed = พารามิเตอร์ CdnType ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ CdnType ไม่ถูกต้อง

# InvalidSourceType.Malformed (HTTP 400)
invalid-source-type_malformed = พารามิเตอร์ SourceType ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ SourceType ไม่ถูกต้อง

# InvalidSources.Malformed (HTTP 400)
invalid-sources_malformed = พารามิเตอร์ Sources ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Sources ไม่ถูกต้อง มีที่อยู่ต้นทางที่ไม่ตรงกับประเภทเซิร์ฟเวอร์ต้นทางของที่อยู่นั้น

# InvalidScope.Malformed (HTTP 400)
invalid-scope_malformed = พารามิเตอร์ Scope ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Scope ไม่ถูกต้อง

# InvaildParameter (HTTP 400)
invaild-parameter = ใบรับรองที่คุณระบุมีรูปแบบไม่ถูกต้อง
    .description = ใบรับรองสำหรับการเร่งความเร็ว HTTPS ไม่ถูกต้อง ความยาวรวมของใบรับรองและคีย์ส่วนตัวอาจเกินขีดจำกัด

# InvaildParameter รูปแบบย่อย `domain-name` (HTTP 400)
invaild-parameter--domain-name = ค่าของพารามิเตอร์ DomainName ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ DomainName ไม่ถูกต้อง

# BusinessExist (HTTP 400)
business-exist = คำขอนี้กำลังดำเนินการอยู่ โปรดอย่าส่งซ้ำ
    .description = ชื่อโดเมนนี้กำลังอยู่ระหว่างการเพิ่ม โปรดอย่าส่งคำขอซ้ำ

# DomainAlreadyExist (HTTP 400)
domain-already-exist = ชื่อโดเมนนี้มีอยู่แล้ว
    .description = มีการเพิ่มชื่อโดเมนนี้ไว้แล้ว

# DomainOverLimit (HTTP 403)
domain-over-limit = จำนวนชื่อโดเมนเกินขีดจำกัด
    .description = จำนวนชื่อโดเมนถึงขีดจำกัดแล้ว

# DomainNotRegistration (HTTP 404)
domain-not-registration = ชื่อโดเมนยังไม่ได้จดทะเบียน ICP
    .description = ชื่อโดเมนนี้ยังไม่มีการจดทะเบียน ICP

# IllegalOperation (HTTP 403)
illegal-operation = ไม่อนุญาตให้ดำเนินการกับชื่อโดเมนที่ไม่ถูกต้อง
    .description = ไม่อนุญาตให้ดำเนินการนี้กับชื่อโดเมนนี้เนื่องจากชื่อโดเมนไม่ถูกต้องหรือคุณไม่มีสิทธิ์ดำเนินการนี้

# IllegalOperation รูปแบบย่อย `illegal-domain` (HTTP 403)
illegal-operation--illegal-domain = ชื่อโดเมนไม่ถูกต้อง ไม่อนุญาตให้ดำเนินการ
    .description = ชื่อโดเมนไม่ถูกต้อง จึงไม่อนุญาตให้ดำเนินการนี้

# ServiceBusy (HTTP 403)
service-busy = ชื่อโดเมนที่ระบุกำลังอยู่ระหว่างการกำหนดค่า โปรดลองอีกครั้งในภายหลัง
    .description = ชื่อโดเมนกำลังอยู่ระหว่างการกำหนดค่า โปรดรอจนกว่าการกำหนดค่าชื่อโดเมนจะเสร็จสมบูรณ์ แล้วลองอีกครั้ง

# ServiceBusy รูปแบบย่อย `retry-again` (HTTP 403)
service-busy--retry-again = ชื่อโดเมนที่ระบุกำลังอยู่ระหว่างการกำหนดค่า โปรดลองใหม่อีกครั้งในภายหลัง
    .description = ชื่อโดเมนกำลังอยู่ระหว่างการกำหนดค่า โปรดรอจนกว่าการกำหนดค่าชื่อโดเมนจะเสร็จสมบูรณ์ แล้วลองอีกครั้ง

# InvalidDomain.NotFound (HTTP 404)
invalid-domain_not-found = ชื่อโดเมนที่ระบุไม่ได้เป็นของคุณ
    .description = ชื่อโดเมนที่ระบุไม่มีอยู่หรือไม่ได้เป็นของบัญชีของคุณ

# InnerAddDomainDenied (HTTP 400)
inner-add-domain-denied = บัญชีของคุณยังไม่ได้ผูกกับ Aone ID จึงไม่สามารถเพิ่มชื่อโดเมนได้
    .description = บัญชีของคุณเป็นบัญชีภายในที่ยังไม่ได้ผูกกับ Aone ID จึงไม่สามารถเพิ่มชื่อโดเมนได้

# ExtensiveAndAllBothExist (HTTP 400)
extensive-and-all-both-exist = ชื่อโดเมนแบบไวลด์การ์ดและชื่อโดเมนที่ขึ้นต้นด้วย 'all.' ไม่สามารถมีอยู่พร้อมกันได้
    .description = ไม่สามารถมีชื่อโดเมนแบบไวลด์การ์ดและชื่อโดเมนที่ขึ้นต้นด้วย 'all.' อยู่พร้อมกันได้

# CdnTypeNotSupportExtensiveDomain (HTTP 400)
cdn-type-not-support-extensive-domain = ประเภท CDN นี้ไม่รองรับชื่อโดเมนแบบไวลด์การ์ด
    .description = ประเภทธุรกิจที่ระบุโดย CdnType ไม่รองรับชื่อโดเมนแบบไวลด์การ์ด

# ExtensiveAndSpecificDomainConflict (HTTP 400)
extensive-and-specific-domain-conflict = ชื่อโดเมนแบบไวลด์การ์ดและชื่อโดเมนแบบเจาะจงที่สอดคล้องกันไม่สามารถใช้ร่วมกันได้
    .description = ชื่อโดเมนแบบไวลด์การ์ดขัดแย้งกับชื่อโดเมนแบบเจาะจงในระดับเดียวกัน คุณไม่สามารถเพิ่มทั้งชื่อโดเมนแบบไวลด์การ์ดและชื่อโดเมนแบบเจาะจงที่ชื่อโดเมนแบบไวลด์การ์ดนั้นครอบคลุมได้

# InvalidRegion.Malformed (HTTP 400)
invalid-region_malformed = พารามิเตอร์ Region ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Region ไม่ถูกต้อง

# InvalidResourceGroupId.Malformed (HTTP 400)
invalid-resource-group-id_malformed = พารามิเตอร์ ResourceGroupId ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ ResourceGroupId ไม่ถูกต้อง

# EntityNotExists.ResourceGroup (HTTP 400)
entity-not-exists_resource-group = กลุ่มทรัพยากรไม่มีอยู่
    .description = กลุ่มทรัพยากรที่ระบุไม่มีอยู่

# InvalidStatus.ResourceGroup (HTTP 400)
invalid-status_resource-group = ไม่อนุญาตให้ดำเนินการนี้เนื่องจากสถานะปัจจุบันของกลุ่มทรัพยากร
    .description = สถานะปัจจุบันของกลุ่มทรัพยากรไม่อนุญาตให้ดำเนินการนี้

# InvalidPriorities.Malformed (HTTP 400)
invalid-priorities_malformed = จำนวนลำดับความสำคัญไม่ตรงกับจำนวนเซิร์ฟเวอร์ต้นทาง
    .description = จำนวนลำดับความสำคัญไม่ตรงกับจำนวนเซิร์ฟเวอร์ต้นทาง โปรดระบุลำดับความสำคัญหนึ่งค่าสำหรับเซิร์ฟเวอร์ต้นทางแต่ละรายการ

# NotInternationRealIdentity (HTTP 400)
not-internation-real-identity = คุณต้องยืนยันตัวตนด้วยชื่อจริงเมื่อใช้ทรัพยากรในจีนแผ่นดินใหญ่
    .description = บัญชีของคุณยังไม่ได้ยืนยันตัวตนด้วยชื่อจริงซึ่งจำเป็นสำหรับการใช้ทรัพยากรในจีนแผ่นดินใหญ่

# NoSuchResource (HTTP 404)
# ตัวแปร:
#   $resource (String) - ทรัพยากรที่ไม่พบ เช่น ID ของลายน้ำ
no-such-resource = ทรัพยากร { $resource } ที่ระบุไม่มีอยู่
    .description = ทรัพยากรที่ระบุไม่มีอยู่ ข้อความแสดงข้อผิดพลาดจะระบุชื่อทรัพยากรนั้น เช่น ID ของลายน้ำ

# NoSuchResource รูปแบบย่อย `unnamed` (HTTP 404)
no-such-resource--unnamed = ทรัพยากรที่ระบุไม่มีอยู่
    .description = ทรัพยากรที่ระบุ เช่น รูปภาพ ไม่มีอยู่

# OperationDenied.NotOpenAppService (HTTP 403)
operation-denied_not-open-app-service = ยังไม่ได้เปิดใช้งานบริการแอปพลิเคชัน
    .description = บัญชีของคุณยังไม่ได้เปิดใช้งานบริการหลายแอปพลิเคชัน

# Forbidden.OperateApp (HTTP 403)
forbidden_operate-app = ผู้ใช้ไม่ได้รับสิทธิ์ให้ดำเนินการกับแอปพลิเคชัน
    .description = คุณไม่มีสิทธิ์จัดการแอปพลิเคชันนี้

# InvalidFunctions.Malformed (HTTP 400)
invalid-functions_malformed = พารามิเตอร์ Functions ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Functions ไม่ถูกต้อง

# InvalidFunctionName.ValueNotSupported (HTTP 400)
# ตัวแปร:
#   $function_name (String) - ชื่อฟังก์ชันที่ไม่รองรับ
invalid-function-name_value-not-supported = ไม่รองรับ FunctionName { $function_name }
    .description = ไม่รองรับฟีเจอร์ที่ระบุโดย FunctionName

# InvalidArgName.ValueNotSupported (HTTP 400)
# ตัวแปร:
#   $arg_name (String) - ชื่ออาร์กิวเมนต์ที่ไม่รองรับ
invalid-arg-name_value-not-supported = ไม่รองรับ ArgName { $arg_name }
    .description = ไม่รองรับอาร์กิวเมนต์ที่ระบุโดย ArgName

# InvalidArgValue.Malformed (HTTP 400)
invalid-arg-value_malformed = ArgValue ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ค่าของฟิลด์ ArgValue ไม่ถูกต้อง

# AlreadyExist.AppName (HTTP 409)
already-exist_app-name = AppName ที่ระบุมีอยู่แล้ว
    .description = มีแอปพลิเคชันที่ใช้ชื่อตามที่ระบุใน AppName อยู่แล้ว

# LimitExceeded.AppCount (HTTP 400)
limit-exceeded_app-count = จำนวนแอปพลิเคชันเกิน 10 รายการ
    .description = จำนวนแอปพลิเคชันถึงขีดจำกัด 10 รายการแล้ว

# InvalidFileName.Extension (HTTP 400)
invalid-file-name_extension = นามสกุลไฟล์ของ FileName ที่ระบุไม่ถูกต้อง
    .description = นามสกุลไฟล์ในพารามิเตอร์ FileName ไม่ถูกต้องหรือ { -apsaravideo-vod } ไม่รองรับ

# IllegalCharacters (HTTP 400)
# ตัวแปร:
#   $parameter (String) - ชื่อพารามิเตอร์ของคำขอ เช่น VideoId
illegal-characters = พารามิเตอร์ { $parameter } ที่ระบุมีอีโมติคอนหรืออักขระพิเศษที่ไม่อนุญาต
    .description = ค่าของพารามิเตอร์ เช่น Title, Description หรือ Tags มีอีโมติคอนหรืออักขระพิเศษ

# LengthExceededMax (HTTP 400)
# ตัวแปร:
#   $parameter (String) - ชื่อพารามิเตอร์ของคำขอ เช่น VideoId
#   $max_length (Number) - จำนวนไบต์สูงสุดที่ค่าของพารามิเตอร์มีได้
length-exceeded-max = ความยาวของพารามิเตอร์ { $parameter } ที่ระบุเกิน { NUMBER($max_length) } ไบต์
    .description = ค่าของพารามิเตอร์ เช่น Title, Description หรือ Tags ยาวเกินจำนวนไบต์สูงสุดที่อนุญาต สำหรับขีดจำกัดของแต่ละพารามิเตอร์ โปรดดูคำอธิบายพารามิเตอร์คำขอของการดำเนินการนั้น

# TagsExceededMax (HTTP 400)
tags-exceeded-max = จำนวนแท็กที่ระบุใน Tags เกิน 16 รายการ
    .description = มีการระบุแท็กให้กับวิดีโอมากกว่า 16 รายการ วิดีโอหนึ่งรายการมีแท็กได้สูงสุด 16 รายการ

# InvalidTemplateGroupId.NotFound (HTTP 404)
invalid-template-group-id_not-found = TemplateGroupId ที่ระบุไม่มีอยู่
    .description = กลุ่มเทมเพลตการแปลงรหัสที่ระบุโดย TemplateGroupId ไม่มีอยู่

# Forbidden.InitFailed (HTTP 403)
forbidden_init-failed = การเริ่มต้นบัญชีของคุณล้มเหลวขณะเปิดใช้งานบริการ
    .description = ไม่สามารถเริ่มต้นบัญชีของคุณได้เมื่อเปิดใช้งานบริการ

# AddVideoFailed (HTTP 503)
add-video-failed = การเพิ่มวิดีโอล้มเหลวเนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ
    .description = ไม่สามารถสร้างวิดีโอได้เนื่องจากไม่สามารถสร้าง ID ของวิดีโอได้ โปรดลองอีกครั้งในภายหลัง

# Forbidden.ResourceNotEmpty (HTTP 403)
forbidden_resource-not-empty = แอปพลิเคชันยังมีทรัพยากรอยู่ จึงไม่สามารถลบได้
    .description = ไม่สามารถลบแอปพลิเคชันได้เนื่องจากยังมีทรัพยากรอยู่ โปรดลบทรัพยากรหรือย้ายทรัพยากรไปยังแอปพลิเคชันอื่นก่อน

# InvalidMultipartUpload.NotFound (HTTP 400)
invalid-multipart-upload_not-found = การอัปโหลดแบบหลายส่วนไม่มีอยู่
    .description = การอัปโหลดแบบหลายส่วนหรือส่วนต่าง ๆ ของการอัปโหลดนั้นไม่มีอยู่

# InvalidVideo.NotFound (HTTP 404)
invalid-video_not-found = วิดีโอไม่มีอยู่
    .description = วิดีโอที่ระบุไม่มีอยู่

# InvalidVideo.NotFound รูปแบบย่อย `not-exist` (HTTP 404)
invalid-video_not-found--not-exist = วิดีโอไม่มีอยู่
    .description = วิดีโอที่ระบุไม่มีอยู่

# InvalidFile.NotFound (HTTP 400)
invalid-file_not-found = ไฟล์ไม่มีอยู่
    .description = ไฟล์วิดีโอ เช่น ไฟล์ต้นฉบับ ไม่มีอยู่

# AccessDenied (HTTP 400)
access-denied = การเข้าถึงถูกปฏิเสธโดยนโยบายของผู้ให้สิทธิ์
    .description = { -apsaravideo-vod } ไม่ได้รับสิทธิ์ให้เข้าถึงบัคเก็ต { -oss } ของคุณเอง การดำเนินการจึงถูกปฏิเสธ

# JobIdsExceededMax (HTTP 400)
job-ids-exceeded-max = จำนวนรายการใน JobIds เกินขีดจำกัดสูงสุด
    .description = จำนวน ID ของงานใน JobIds เกินขีดจำกัด

# InvalidStream.NotFound (HTTP 404)
invalid-stream_not-found = สตรีมไม่มีอยู่
    .description = สตรีมสื่อไม่มีอยู่

# DeleteStreamFailed (HTTP 503)
delete-stream-failed = การลบสตรีมล้มเหลวเนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ
    .description = ไม่สามารถลบสตรีมสื่อได้เนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ โปรดลองอีกครั้งในภายหลัง

# Forbidden.DefaultTemplateGroup (HTTP 403)
forbidden_default-template-group = กลุ่มเทมเพลตการแปลงรหัสนี้เป็นกลุ่มเริ่มต้น
    .description = กลุ่มเทมเพลตการแปลงรหัสนี้เป็นกลุ่มเทมเพลตการแปลงรหัสเริ่มต้นและไม่สามารถลบได้

# VideoIdsExceededMax (HTTP 400)
video-ids-exceeded-max = จำนวนรายการใน VideoIds เกินขีดจำกัดสูงสุด
    .description = จำนวน ID ของวิดีโอใน VideoIds เกินขีดจำกัด

# DeleteVideoFailed (HTTP 503)
delete-video-failed = การลบวิดีโอล้มเหลวเนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ
    .description = ไม่สามารถลบวิดีโอได้เนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ โปรดลองอีกครั้งในภายหลัง

# Invalid%s.ValueNotSupported (HTTP 400)
# ตัวแปร:
#   $function_name (String) - ชื่อฟังก์ชันที่ไม่รองรับ
invalid-any_value-not-supported = ไม่รองรับ FunctionName [{ $function_name }]
    .description = ไม่รองรับค่าของพารามิเตอร์ FunctionName

# InvalidBizDate.Malformed (HTTP 400)
invalid-biz-date_malformed = พารามิเตอร์ BizDate ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = พารามิเตอร์ BizDate มีรูปแบบไม่ถูกต้อง โปรดระบุเวลาในรูปแบบ yyyy-MM-ddTHH:mm:ssZ ตามเวลา UTC

# InvalidBizDate.BeyondCurrent (HTTP 400)
invalid-biz-date_beyond-current = EndTime เกินเวลาปัจจุบัน
    .description = เวลาที่ระบุโดย BizDate อยู่หลังเวลาปัจจุบัน

# InvalidStartTime.Malformed (HTTP 400)
invalid-start-time_malformed = พารามิเตอร์ StartTime ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = พารามิเตอร์ StartTime มีรูปแบบไม่ถูกต้อง โปรดระบุเวลาในรูปแบบ yyyy-MM-ddTHH:mm:ssZ ตามเวลา UTC

# InvalidStartTime.Malformed รูปแบบย่อย `spelled-out` (HTTP 400)
invalid-start-time_malformed--spelled-out = เวลาเริ่มต้นที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = เวลาเริ่มต้นที่ระบุโดย StartTime มีรูปแบบไม่ถูกต้อง

# InvalidEndTime.Malformed (HTTP 400)
invalid-end-time_malformed = พารามิเตอร์ EndTime ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = พารามิเตอร์ EndTime มีรูปแบบไม่ถูกต้อง โปรดระบุเวลาในรูปแบบ yyyy-MM-ddTHH:mm:ssZ ตามเวลา UTC

# InvalidEndTime.Malformed รูปแบบย่อย `spelled-out` (HTTP 400)
invalid-end-time_malformed--spelled-out = เวลาสิ้นสุดที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = เวลาสิ้นสุดที่ระบุโดย EndTime มีรูปแบบไม่ถูกต้อง

# InvalidEndTime.BeyondCurrent (HTTP 400)
invalid-end-time_beyond-current = EndTime เกินเวลาปัจจุบัน
    .description = เวลาที่ระบุโดย EndTime อยู่หลังเวลาปัจจุบัน

# InvalidEndTime.Mismatch (HTTP 400)
invalid-end-time_mismatch = StartTime หรือ EndTime ไม่สอดคล้องกัน
    .description = ช่วงเวลาที่ระบุโดย StartTime และ EndTime ไม่ถูกต้อง

# InvalidEndTime.Mismatch รูปแบบย่อย `does-not-math` (HTTP 400)
invalid-end-time_mismatch--does-not-math = EndTime ที่ระบุไม่สอดคล้องกับ StartTime ที่ระบุ
    .description = เวลาที่ระบุโดย EndTime อยู่ก่อนเวลาที่ระบุโดย StartTime

# InvalidEndTime.Mismatch รูปแบบย่อย `spelled-out` (HTTP 400)
invalid-end-time_mismatch--spelled-out = เวลาสิ้นสุดที่ระบุไม่สอดคล้องกับเวลาเริ่มต้นที่ระบุ
    .description = เวลาที่ระบุโดย EndTime อยู่ก่อนเวลาที่ระบุโดย StartTime

# Throttling (HTTP 503)
throttling = คำขอถูกปฏิเสธเนื่องจากการควบคุมปริมาณคำขอ
    .description = คำขอถูกปฏิเสธเนื่องจากการควบคุมปริมาณคำขอ โปรดลองอีกครั้งในภายหลัง

# InvalidParameterAliUid (HTTP 400)
invalid-parameter-ali-uid = พารามิเตอร์ AliUid ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ AliUid ไม่ถูกต้อง

# InvalidParameterStartTime (HTTP 400)
invalid-parameter-start-time = พารามิเตอร์ StartTime ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ StartTime ไม่ถูกต้อง

# InvalidParameterEndTime (HTTP 400)
invalid-parameter-end-time = พารามิเตอร์ EndTime ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ EndTime ไม่ถูกต้อง

# InvalidTimeRange (HTTP 400)
invalid-time-range = ช่วงเวลาระหว่าง StartTime และ EndTime ต้องน้อยกว่า 1 เดือน
    .description = ช่วงเวลาที่ระบุโดย StartTime และ EndTime ยาวเกิน 31 วัน

# InvalidParameterRegion (HTTP 400)
invalid-parameter-region = พารามิเตอร์ Region ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Region ไม่ถูกต้อง

# InvalidStartTime.ValueNotSupported (HTTP 400)
invalid-start-time_value-not-supported = ไม่รองรับค่าของพารามิเตอร์ StartTime ที่ระบุ
    .description = ช่วงเวลาที่ระบุโดย StartTime และ EndTime ยาวเกิน 90 วัน

# InvalidStartTime.ValueNotSupported รูปแบบย่อย `end-time-mismatch` (HTTP 400)
invalid-start-time_value-not-supported--end-time-mismatch = เวลาสิ้นสุดที่ระบุไม่สอดคล้องกับเวลาเริ่มต้นที่ระบุ
    .description = ช่วงเวลาที่ระบุโดย StartTime และ EndTime ยาวเกิน 90 วัน ข้อความแสดงข้อผิดพลาดที่ส่งมาพร้อมรหัสนี้ทำให้เข้าใจผิด

# DeleteFunctionFailed (HTTP 400)
delete-function-failed = การลบฟังก์ชันแบบกลุ่มล้มเหลว
    .description = การลบการกำหนดค่าชื่อโดเมนแบบกลุ่มล้มเหลว

# InvalidDomain.Offline (HTTP 404)
invalid-domain_offline = ชื่อโดเมนที่ระบุออฟไลน์อยู่
    .description = ชื่อโดเมนถูกปิดใช้งานแล้ว

# InvalidDomain.Configure_failed (HTTP 500)
invalid-domain_configure-failed = การกำหนดค่าชื่อโดเมนที่ระบุล้มเหลว
    .description = ไม่สามารถกำหนดค่าชื่อโดเมนได้ จึงไม่สามารถดำเนินการต่าง ๆ กับชื่อโดเมนนี้ได้ เช่น การรีเฟรชและการพรีเฟตช์

# InvalidParameterProduct (HTTP 400)
invalid-parameter-product = พารามิเตอร์ Product ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Product ไม่ถูกต้อง

# InvalidParameterArea (HTTP 400)
invalid-parameter-area = พารามิเตอร์ Area ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Area ไม่ถูกต้อง

# InvalidParameterField (HTTP 400)
invalid-parameter-field = พารามิเตอร์ Field ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Field ไม่ถูกต้อง

# InvalidParameterInterval (HTTP 400)
invalid-parameter-interval = พารามิเตอร์ Interval ไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ Interval ไม่ถูกต้อง

# InvalidTaskId.Malformed (HTTP 400)
invalid-task-id_malformed = พารามิเตอร์ TaskId ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = พารามิเตอร์ TaskId มีรูปแบบไม่ถูกต้อง

# InvalidPageNumber.ValueNotSupported (HTTP 400)
invalid-page-number_value-not-supported = ไม่รองรับค่าของพารามิเตอร์ PageNumber ที่ระบุ
    .description = ไม่รองรับค่าของพารามิเตอร์ PageNumber

# InvalidPageSize.ValueNotSupported (HTTP 400)
invalid-page-size_value-not-supported = ไม่รองรับค่าของพารามิเตอร์ PageSize ที่ระบุ
    .description = ไม่รองรับค่าของพารามิเตอร์ PageSize

# InvalidDomainStatus.ValueNotSupported (HTTP 400)
invalid-domain-status_value-not-supported = ไม่รองรับค่าของพารามิเตอร์ DomainStatus ที่ระบุ
    .description = ไม่รองรับค่าของพารามิเตอร์ DomainStatus

# InvalidDomainSearchType.ValueNotSupported (HTTP 400)
invalid-domain-search-type_value-not-supported = ไม่รองรับค่าของพารามิเตอร์ DomainSearchType ที่ระบุ
    .description = ไม่รองรับค่าของพารามิเตอร์ DomainSearchType

# ExceededMax (HTTP 400)
exceeded-max = พารามิเตอร์อินพุต 'MediaIds' เกินขีดจำกัด
    .description = จำนวน ID ของสื่อเสริมใน MediaIds เกินขีดจำกัด 20 รายการ

# Forbidden.IllegalStatus (HTTP 400)
forbidden_illegal-status = สถานะของวิดีโอไม่ถูกต้อง
    .description = สถานะปัจจุบันของวิดีโอไม่อนุญาตให้ดำเนินการนี้ สถานะที่อนุญาตขึ้นอยู่กับการดำเนินการ ตัวอย่างเช่น แปลงรหัสได้เฉพาะวิดีโอที่มีสถานะ UploadSucc, Normal หรือ Checking เท่านั้น

# Forbidden.IllegalStatus รูปแบบย่อย `current-status` (HTTP 400)
# ตัวแปร:
#   $status (String) - สถานะปัจจุบันของวิดีโอ เช่น Blocked
forbidden_illegal-status--current-status = สถานะของวิดีโอไม่ถูกต้อง สถานะปัจจุบันคือ { $status }
    .description = ไม่สามารถเล่นวิดีโอในสถานะปัจจุบันได้ เล่นได้เฉพาะวิดีโอที่มีสถานะ Normal เท่านั้น

# InvalidVideo.NoneStream (HTTP 404)
invalid-video_none-stream = วิดีโอไม่มีสตรีมที่เล่นได้สำหรับพารามิเตอร์คำขอ 'Formats: mp4, Definition: LD, StreamType: video'
    .description = ไม่มีสตรีมสื่อที่แปลงรหัสแล้วของวิดีโอที่ตรงกับเกณฑ์การกรองของคำขอ เช่น รูปแบบและความคมชัด โปรดตรวจสอบว่าการกำหนดค่าการแปลงรหัสตรงกับเกณฑ์การกรอง

# Forbidden.AliyunVoDEncryption (HTTP 403)
forbidden_aliyun-vo-d-encryption = ขณะนี้มีเฉพาะสตรีม AliyunVoDEncryption คุณต้องใช้ { -apsaravideo-player } ในการเล่นหรือตั้งค่า ResultType เป็น Multiple
    .description = วิดีโอมีเฉพาะสตรีมสื่อที่เข้ารหัสด้วยวิธีการเข้ารหัสที่เป็นกรรมสิทธิ์ของ { -alibaba-cloud } โปรดเล่นด้วย { -apsaravideo-player } หรือตั้งค่า ResultType เป็น Multiple

# LimitExceeded.MediaIds (HTTP 400)
limit-exceeded_media-ids = พารามิเตอร์อินพุต "MediaIds" เกินขีดจำกัด
    .description = จำนวน ID ของสื่อใน MediaIds เกินขีดจำกัด 20 รายการ

# VideoListExceededMax (HTTP 400)
video-list-exceeded-max = รายการวิดีโอเกินขีดจำกัดสูงสุด
    .description = จำนวนผลลัพธ์ทั้งหมดที่ต้องแบ่งหน้าเกินขีดจำกัด

# SecurityIp.NotFound (HTTP 404)
security-ip_not-found = ไม่มีที่อยู่ IP ในกลุ่มความปลอดภัยสำหรับการตรวจสอบ
    .description = ไม่พบที่อยู่ IP ในกลุ่มความปลอดภัยสำหรับการตรวจสอบ

# ListSecurityIpFailed (HTTP 500)
list-security-ip-failed = การแสดงรายการที่อยู่ IP สำหรับการตรวจสอบล้มเหลวเนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ
    .description = ไม่สามารถค้นหาที่อยู่ IP ในกลุ่มความปลอดภัยสำหรับการตรวจสอบได้เนื่องจากข้อผิดพลาดที่ไม่ทราบสาเหตุ โปรดลองอีกครั้งในภายหลัง

# IpsIsEmpty (HTTP 400)
ips-is-empty = พารามิเตอร์ "Ips" ที่ระบุต้องไม่ว่างเปล่า
    .description = ไม่ได้ระบุพารามิเตอร์ Ips หรือพารามิเตอร์นี้ว่างเปล่า

# IpsIsEmpty รูปแบบย่อย `curly-quotes` (HTTP 400)
ips-is-empty--curly-quotes = พารามิเตอร์ “Ips” ที่ระบุต้องไม่ว่างเปล่า
    .description = ไม่ได้ระบุพารามิเตอร์ Ips หรือพารามิเตอร์นี้ว่างเปล่า

# IpsExceededMax (HTTP 403)
ips-exceeded-max = จำนวนที่อยู่ IP ที่ระบุใน Ips เกิน 100 รายการ
    .description = จำนวนที่อยู่ IP เกินขีดจำกัด กลุ่มความปลอดภัยสำหรับการตรวจสอบหนึ่งกลุ่มมีที่อยู่ IP ได้สูงสุด 100 รายการ

# SecurityIpGroupExceededMax (HTTP 403)
security-ip-group-exceeded-max = จำนวนกลุ่มความปลอดภัยสำหรับการตรวจสอบเกิน 10 กลุ่ม
    .description = จำนวนกลุ่มความปลอดภัยสำหรับการตรวจสอบเกินขีดจำกัด 10 กลุ่ม

# Forbidden.OperateAppResource (HTTP 403)
forbidden_operate-app-resource = สิทธิ์ในแอปพลิเคชันไม่เพียงพอสำหรับการดำเนินการกับทรัพยากรที่ระบุ
    .description = คุณไม่มีสิทธิ์จัดการทรัพยากรในแอปพลิเคชันปลายทาง

# QuotaExceeded.Refresh (HTTP 400)
quota-exceeded_refresh = คุณใช้การรีเฟรชเกินขีดจำกัดที่กำหนดแล้ว
    .description = โควตารายวันสำหรับการรีเฟรชหรือการพรีเฟตช์เนื้อหาถึงขีดจำกัดแล้ว

# PreloadQueueFull (HTTP 403)
preload-queue-full = คิวการพรีเฟตช์เต็มแล้ว โปรดลองอีกครั้งในภายหลัง
    .description = คิวการพรีเฟตช์เต็มเนื่องจากจำนวน URL ที่กำลังพรีเฟตช์สำหรับชื่อโดเมนนี้ถึงขีดจำกัดแล้ว โปรดลองอีกครั้งในภายหลัง

# InvalidObjectPath.Malformed (HTTP 400)
invalid-object-path_malformed = ค่าของพารามิเตอร์ ObjectPath ที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = พารามิเตอร์ ObjectPath มีรูปแบบไม่ถูกต้อง

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400)
invalid-extensive-domain_value-not-supported = ไม่รองรับชื่อโดเมนแบบไวลด์การ์ด
    .description = ชื่อโดเมนนี้เป็นชื่อโดเมนแบบไวลด์การ์ดซึ่งการดำเนินการนี้ไม่รองรับ

# InvalidObjectPath.Size.Malformed (HTTP 400)
invalid-object-path_size_malformed = จำนวนรายการใน ObjectPath เกิน 1,000 รายการ
    .description = ObjectPath มี URL มากกว่า 1,000 รายการ คุณพรีเฟตช์ URL ได้สูงสุด 1,000 รายการต่อครั้ง

# InvalidVideo.Damaged (HTTP 400)
invalid-video_damaged = วิดีโอเสียหาย
    .description = วิดีโอไม่ได้สร้างขึ้นอย่างถูกต้องหรือเสียหาย

# InvalidObjectType.ValueNotSupported (HTTP 400)
invalid-object-type_value-not-supported = ไม่รองรับค่าของ "<ObjectType>" ที่ระบุ
    .description = ไม่รองรับค่าของพารามิเตอร์ ObjectType

# QuotaPerMinuteExceeded.Refresh (HTTP 400)
quota-per-minute-exceeded_refresh = คุณใช้การรีเฟรชเกินขีดจำกัดต่อนาทีที่กำหนดแล้ว
    .description = จำนวนคำขอรีเฟรชถึงขีดจำกัดต่อนาทีแล้ว โปรดลองอีกครั้งในภายหลัง

# SortByExceededMax (HTTP 400)
sort-by-exceeded-max = พารามิเตอร์ SortBy รองรับฟิลด์การเรียงลำดับเพียงฟิลด์เดียวเมื่อดึงข้อมูลทั้งหมด
    .description = SortBy ระบุฟิลด์การเรียงลำดับมากกว่าหนึ่งฟิลด์ เมื่อดึงข้อมูลทั้งหมด คุณเรียงลำดับได้เพียงฟิลด์เดียว

# ErrorMatchSyntax (HTTP 400)
# ตัวแปร:
#   $field (String) - ฟิลด์ของนิพจน์ Match ที่มีข้อผิดพลาด
error-match-syntax = ไวยากรณ์ของพารามิเตอร์ Match.{ $field } ไม่ถูกต้อง โปรดตรวจสอบ
    .description = ไวยากรณ์ของพารามิเตอร์ Match ไม่ถูกต้อง โปรดตรวจสอบไวยากรณ์แล้วลองอีกครั้ง

# InvalidScrollToken.Expired (HTTP 400)
invalid-scroll-token_expired = ScrollToken หมดอายุแล้ว โปรดรีเฟรช ScrollToken
    .description = ค่าของพารามิเตอร์ ScrollToken หมดอายุแล้ว โปรดค้นหาข้อมูลอีกครั้งตั้งแต่หน้า 1

# InvalidSSLProtocol.ValueNotSupported (HTTP 400)
invalid-ssl-protocol_value-not-supported = ไม่รองรับค่าของพารามิเตอร์ Enable ที่ระบุ
    .description = ไม่รองรับค่าของพารามิเตอร์ SSLProtocol

# SSLPub.MissingParameter (HTTP 400)
ssl-pub_missing-parameter = ไม่ได้ระบุพารามิเตอร์อินพุต SSLPub ซึ่งจำเป็นสำหรับการประมวลผลคำขอ
    .description = ไม่ได้ระบุพารามิเตอร์ SSLPub ซึ่งเป็นพารามิเตอร์ที่มีเนื้อหาของใบรับรอง

# SSLPri.MissingParameter (HTTP 400)
ssl-pri_missing-parameter = ไม่ได้ระบุพารามิเตอร์อินพุต SSLPri ซึ่งจำเป็นสำหรับการประมวลผลคำขอ
    .description = ไม่ได้ระบุพารามิเตอร์ SSLPri ซึ่งเป็นพารามิเตอร์ที่มีคีย์ส่วนตัว

# InvalidCertificate (HTTP 400)
invalid-certificate = ใบรับรองที่คุณระบุมีรูปแบบไม่ถูกต้อง
    .description = เนื้อหาของใบรับรองไม่ถูกต้อง

# InvalidSSLPri (HTTP 400)
invalid-ssl-pri = SSLPri ที่คุณระบุมีรูปแบบไม่ถูกต้อง
    .description = คีย์ส่วนตัวไม่ถูกต้อง

# Certificate.MissMatch (HTTP 400)
certificate_miss-match = SSLPri ไม่ตรงกับใบรับรองที่ระบุ
    .description = คีย์ส่วนตัวไม่ตรงกับใบรับรอง

# InvalidCertificate.TooLong (HTTP 400)
invalid-certificate_too-long = ใบรับรองที่คุณระบุยาวเกินความยาวสูงสุด
    .description = เนื้อหาของใบรับรองยาวเกินขีดจำกัด

# InvalidCertName.TooLong (HTTP 400)
invalid-cert-name_too-long = ชื่อใบรับรองที่คุณระบุยาวเกินความยาวสูงสุด 128 อักขระ
    .description = ชื่อใบรับรองยาวเกิน 128 อักขระ

# SetDomainSSLPub.ParameterError (HTTP 400)
set-domain-ssl-pub_parameter-error = พารามิเตอร์มีข้อผิดพลาด
    .description = พารามิเตอร์สำหรับการตั้งค่าใบรับรองอย่างน้อยหนึ่งรายการไม่ถูกต้อง

# Certificate.StatusError (HTTP 400)
certificate_status-error = ใบรับรองไม่มีอยู่หรือสถานะของใบรับรองไม่ถูกต้อง
    .description = ไม่มีใบรับรองนี้หรือสถานะของใบรับรองไม่ถูกต้อง

# Certificate.StatusError รูปแบบย่อย `status-only` (HTTP 400)
certificate_status-error--status-only = สถานะของใบรับรองไม่ถูกต้อง
    .description = สถานะของใบรับรองไม่ถูกต้อง

# DeleteFailed (HTTP 400)
delete-failed = การลบใบรับรองล้มเหลว
    .description = ไม่สามารถลบใบรับรองได้

# Certificate.NotFind (HTTP 400)
certificate_not-find = ไม่พบข้อมูลใบรับรอง
    .description = ไม่พบใบรับรอง

# Certificate.Duplicated (HTTP 400)
certificate_duplicated = ชื่อใบรับรองซ้ำกัน
    .description = มีใบรับรองที่ใช้ชื่อเดียวกันอยู่แล้ว

# Certificate.FormatError (HTTP 400)
certificate_format-error = รูปแบบของใบรับรองไม่ถูกต้อง
    .description = ใบรับรองมีรูปแบบไม่ถูกต้อง

# Certificate.KeyNull (HTTP 400)
certificate_key-null = SSLPri ต้องไม่ว่างเปล่า
    .description = ไม่ได้ระบุคีย์ส่วนตัว

# SSLPri.Malformed (HTTP 400)
ssl-pri_malformed = รูปแบบของ SSLPri ไม่ถูกต้อง
    .description = คีย์ส่วนตัวมีรูปแบบไม่ถูกต้อง

# Certificate.NotPermittedOff (HTTP 400)
certificate_not-permitted-off = การปิดใช้งานใบรับรองจะเปลี่ยนการจัดสรรทราฟฟิกของชื่อโดเมน โปรดติดต่อฝ่ายบริการลูกค้า
    .description = การปิดใช้งานใบรับรองจะส่งผลต่อการจัดสรรทราฟฟิกของชื่อโดเมน จึงไม่อนุญาตให้ดำเนินการนี้ โปรดติดต่อฝ่ายสนับสนุนด้านเทคนิคของ { -alibaba-cloud }

# Certificate.SettedNotEffect (HTTP 400)
certificate_setted-not-effect = ตั้งค่าใบรับรองสำเร็จแล้ว แต่เพื่อปกป้องบริการปัจจุบัน ใบรับรองจึงยังไม่มีผล โปรดติดต่อฝ่ายบริการลูกค้า
    .description = ตั้งค่าใบรับรองแล้ว แต่เพื่อปกป้องบริการปัจจุบันของคุณ ใบรับรองจึงยังไม่มีผล หากต้องการให้ใบรับรองมีผล โปรดติดต่อฝ่ายสนับสนุนด้านเทคนิคของ { -alibaba-cloud }

# InvalidSource.Content.Malformed (HTTP 400)
invalid-source_content_malformed = ที่อยู่ต้นทางที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ที่อยู่ต้นทางไม่ถูกต้อง

# InvalidSource.Type.Malformed (HTTP 400)
invalid-source_type_malformed = ประเภทเซิร์ฟเวอร์ต้นทางที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ประเภทเซิร์ฟเวอร์ต้นทางไม่ถูกต้อง

# InvalidTypeContent.Mismatch (HTTP 400)
invalid-type-content_mismatch = ประเภทเซิร์ฟเวอร์ต้นทางที่ระบุไม่ตรงกับที่อยู่ต้นทางที่ระบุ
    .description = ที่อยู่ต้นทางไม่ตรงกับประเภทเซิร์ฟเวอร์ต้นทาง

# InvalidSource.Priority.Malformed (HTTP 400)
invalid-source_priority_malformed = ลำดับความสำคัญของเซิร์ฟเวอร์ต้นทางที่ระบุมีรูปแบบไม่ถูกต้อง
    .description = ลำดับความสำคัญของเซิร์ฟเวอร์ต้นทางไม่ถูกต้อง

# InvalidParameter.UploadURLs (HTTP 400)
invalid-parameter_upload-urls = พารามิเตอร์ UploadURLs ที่ระบุไม่ถูกต้อง
    .description = ค่าของพารามิเตอร์ UploadURLs ไม่ถูกต้อง
