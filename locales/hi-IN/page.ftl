### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = त्रुटि कोड
page-intro = इस लेख में सामान्य त्रुटि कोड का वर्णन किया गया है। त्रुटि कोड के विवरण के आधार पर आप त्रुटि का कारण निर्धारित कर सकते हैं।
page-common-errors = सामान्य त्रुटियाँ
column-code = त्रुटि कोड
column-message = त्रुटि संदेश
column-status = HTTP स्थिति कोड
column-description = विवरण
