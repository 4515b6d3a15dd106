### त्रुटि कोड पेज: `cargo xtask docs`, `vod-errors list --format markdown` और वेब त्रुटि केंद्र।

## The common errors page, in the words of the source page.

page-title = त्रुटि कोड
page-intro = इस लेख में सामान्य त्रुटि कोड का वर्णन किया गया है। त्रुटि कोड के विवरण के आधार पर आप त्रुटि का कारण निर्धारित कर सकते हैं।
page-common-errors = सामान्य त्रुटियाँ
column-code = त्रुटि कोड
column-message = त्रुटि संदेश
column-status = HTTP स्थिति कोड
column-description = विवरण

## The index of every code and the errors of each operation.

page-all-codes = सभी त्रुटि कोड
page-all-codes-intro = { -apsaravideo-vod } API में प्रलेखित हर त्रुटि कोड, आमतौर पर लौटाए जाने वाले HTTP स्थिति कोड और त्रुटि संदेश के साथ।
page-operations = ऑपरेशन के अनुसार त्रुटियाँ
page-operations-intro = प्रत्येक API ऑपरेशन के लिए प्रलेखित त्रुटियाँ, उस HTTP स्थिति कोड और त्रुटि संदेश के साथ जो ऑपरेशन लौटाता है।
page-placeholder-note = कोणीय कोष्ठकों में लिखा नाम, जैसे <parameter>, उस मान को दर्शाता है जिसे API भरता है।
column-operation = ऑपरेशन
column-operations = ऑपरेशन

## The web error centre.

site-title = { -apsaravideo-vod } त्रुटि कोड
site-search-label = त्रुटि कोड खोजें
site-search-hint = कोई कोड, संदेश के शब्द या ऑपरेशन का नाम टाइप करें।
site-search-empty = आपकी खोज से कोई त्रुटि कोड मेल नहीं खाता।
site-language = भाषा
site-all-codes = सभी त्रुटि कोड
site-all-operations = सभी ऑपरेशन
site-usual-status = आमतौर पर लौटाया जाने वाला HTTP स्थिति कोड
site-returned-by = यह त्रुटि लौटाने वाले ऑपरेशन
site-returned-by-none = API संदर्भ के किसी भी ऑपरेशन पेज पर यह त्रुटि सूचीबद्ध नहीं है; कोई भी ऑपरेशन इसे लौटा सकता है।
site-family = कोड परिवार
site-family-none = यह कोड किसी कोड परिवार का हिस्सा नहीं है।
site-family-members = इस परिवार के अन्य कोड
site-retryable = यही अनुरोध बाद में दोबारा भेजने पर सफल हो सकता है।
site-not-retryable = यही अनुरोध दोबारा भेजने पर भी इसी तरह विफल होगा।
site-troubleshoot = { -alibaba-cloud } OpenAPI से इस त्रुटि का समस्या निवारण करें
site-doubtful = संदिग्ध: स्रोत इस त्रुटि को यहाँ सूचीबद्ध करता है, लेकिन ऐसा लगता है कि यह पंक्ति किसी अन्य ऑपरेशन से कॉपी की गई है।
site-operation-errors = इस ऑपरेशन द्वारा लौटाई जाने वाली त्रुटियाँ
site-message-variants = इस कोड के अन्य संदेश
