### इस लोकेल के सभी संदेशों में साझा किए जाने वाले शब्द।

## इस लोकेल का उसकी अपनी भाषा में नाम, जैसा `vod-errors locales` दिखाता है।

-language-name = हिन्दी

## ब्रांड नाम। संदेश नाम सीधे लिखने के बजाय इन शब्दों का संदर्भ देते हैं।

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
