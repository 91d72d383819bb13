from common import H
# Marathi honest postings (Devanagari, some Roman Marathi)

H("mr","कॉल सेंटर एजंट - मराठी/हिंदी व्हॉइस प्रोसेस (ठाणे)",
 "ठाणे वागळे इस्टेट येथील कार्यालयासाठी इनबाउंड व्हॉइस प्रोसेसमध्ये भरती. बारावी उत्तीर्ण किंवा पदवीधर, फ्रेशर्सही अर्ज करू शकतात. पाच दिवसांचे प्रशिक्षण पगारासह दिले जाईल. मुलाखत किंवा रुजू होण्यासाठी कोणतेही शुल्क घेतले जात नाही.",
 (15000,17500),"call-centre-agent","thane",0,"सह्याद्री टेलिसर्व्हिसेस प्रा. लि.",True,"sahyadritele.in","9867204413","hr@sahyadritele.in",["pf","esi","training"])

H("mr","वॉक-इन मुलाखत - ग्राहक सेवा कार्यकारी (पुणे, खराडी)",
 "वॉक-इन मुलाखत सोमवार ते शुक्रवार, सकाळी ११ ते दुपारी ३, खराडी आयटी पार्क, गेट क्रमांक २. बायोडाटा, आधार कार्ड आणि गुणपत्रिकेची एक प्रत सोबत आणा. मूळ कागदपत्रे फक्त पाहून लगेच परत केली जातील. निवड झालेल्यांना त्याच दिवशी ऑफर लेटर.",
 (16000,19000),"customer-service-representative","pune",0,"पुणे कस्टमर केअर सर्व्हिसेस",True,"punecustomercare.in","9881204417","walkin@punecustomercare.in",["pf","esi","cab"])

H("mr","डेटा एंट्री ऑपरेटर - ऑफिसमध्ये काम (कोल्हापूर)",
 "कोल्हापूरच्या राजारामपुरी येथील कार्यालयासाठी डेटा एंट्री ऑपरेटर हवा. टायपिंग वेग किमान ३० शब्द प्रति मिनिट, मुलाखतीत चाचणी घेतली जाईल. दरमहा निश्चित पगार, प्रति पान पैसे नाहीत.",
 (11000,13500),"data-entry-operator","kolhapur",0,"करवीर बिझनेस सर्व्हिसेस",True,"karveerbs.in","9850204418","jobs@karveerbs.in",["pf","esi"])

H("mr","टेलिकॉलर - विमा नूतनीकरण, निश्चित पगार व इन्सेंटिव्ह",
 "ग्राहकांना त्यांच्या विमा पॉलिसीच्या नूतनीकरणासाठी कॉल करायचे आहेत. ग्राहक पैसे थेट विमा कंपनीच्या वेबसाइटवर भरतात, तुम्ही कधीही पैसे किंवा ओटीपी घ्यायचा नाही. निश्चित पगारासोबत चांगले इन्सेंटिव्ह. नाशिक कॉलेज रोड कार्यालय.",
 (13000,16000),"telecaller","nashik",0,"गोदावरी इन्शुरन्स ब्रोकिंग",True,"godavariinsurance.in","9422204419","jobs@godavariinsurance.in",["incentives","pf","esi"])

H("mr","बॅक ऑफिस एक्झिक्युटिव्ह - सीए फर्म (नागपूर)",
 "धरमपेठ येथील लहान सीए फर्मला बॅक ऑफिस एक्झिक्युटिव्ह हवा. जीएसटी रिटर्नची तयारी, कागदपत्रे स्कॅन करणे आणि फाइल्स सांभाळणे. टॅली येत असल्यास उत्तम. बायोडाटा जीमेलवर पाठवा.",
 (13000,16000),"back-office-executive","nagpur",0,"जोशी अँड असोसिएट्स",False,None,"9822304415","joshi.ca.nagpur@gmail.com",[])

H("mr","आंतरराष्ट्रीय व्हॉइस प्रोसेस - यूएस शिफ्ट (ऐरोली)",
 "अमेरिकन ग्राहकांसाठी आंतरराष्ट्रीय व्हॉइस प्रोसेस, अस्खलित इंग्रजी आवश्यक. शिफ्ट संध्याकाळी ७:३० ते पहाटे ४:३०, दोन्ही बाजूंनी कॅब आणि रात्रीचे जेवण. पगार २५,००० ते ३०,०००.",
 (25000,30000),"international-voice-agent","navi-mumbai",0,"कोकण ग्लोबल सर्व्हिसेस",True,"konkanglobal.in","9619204416","hiring@konkanglobal.in",["cab","meals","pf","health-insurance"])

H("mr","चॅट सपोर्ट - घरून काम, लॅपटॉप कंपनी देईल",
 "ई-कॉमर्स कंपनीसाठी घरून चॅट सपोर्टचे काम. कंपनी लॅपटॉप देईल, कोणतीही अनामत रक्कम नाही. दहा दिवसांचे ऑनलाइन प्रशिक्षण पगारासह. ऑफर लेटर फक्त कंपनीच्या अधिकृत ईमेलवरून येईल.",
 (16000,19000),"chat-support-executive","pune",0,"बाजारपेठ रिटेल प्रा. लि.",True,"bazarpeth.in","9767204412","cx.jobs@bazarpeth.in",["training","pf","health-insurance"])

H("mr","टीम लीडर - कलेक्शन प्रोसेस (मुंबई)",
 "क्रेडिट कार्ड कलेक्शन प्रोसेससाठी टीम लीडर, किमान दोन वर्षांचा टीएल अनुभव. १५ ते १८ एजंटांची टीम. मासिक इन्सेंटिव्ह आणि तिमाही बोनस.",
 (40000,46000),"team-lead","mumbai",2,"निर्धार रिकव्हरी सर्व्हिसेस",True,"nirdharrecovery.in","9819204414","tl.jobs@nirdharrecovery.in",["incentives","pf","health-insurance"])

H("mr","केवायसी एक्झिक्युटिव्ह - बँक ऑपरेशन्स (नवी मुंबई)",
 "ग्राहकांची केवायसी कागदपत्रे तपासणे आणि त्रुटी दूर करणे. रुजू होण्याच्या दिवशी मूळ ओळखपत्र, पॅन, पदवी प्रमाणपत्र आणि दोन फोटो आणा, पडताळणीनंतर परत केले जातील. कोणतेही शुल्क नाही.",
 (18000,23000),"kyc-compliance-executive","navi-mumbai",0,"विश्वास बँकिंग सर्व्हिसेस",True,"vishwasbanking.in","9004204417","hr@vishwasbanking.in",["pf","health-insurance"])

H("mr","प्लेसमेंट एजन्सी - उमेदवारांकडून कोणतेही शुल्क नाही",
 "आम्ही भरती एजन्सी असून पुण्यातील बीपीओ कंपन्यांसाठी भरती करत आहोत. आमचे शुल्क नियोक्ता कंपनी देते, उमेदवारांकडून कोणत्याही टप्प्यावर पैसे घेतले जात नाहीत. कोणी आमच्या नावाने पैसे मागितल्यास लगेच आम्हाला कळवा.",
 (15000,21000),"call-centre-agent","pune",0,"प्रगती मनुष्यबळ सेवा",True,"pragatimanushyabal.in","9850304419","jobs@pragatimanushyabal.in",["pf","cab"])

H("mr","हेल्प डेस्क तंत्रज्ञ - आयटी सपोर्ट (हिंजवडी)",
 "कर्मचाऱ्यांना लॅपटॉप, ईमेल आणि व्हीपीएनच्या अडचणींमध्ये पहिल्या स्तराचे सहाय्य. आयटीमध्ये डिप्लोमा किंवा पदवी. फिरती शिफ्ट, रात्री कॅब. कंपनी लॅपटॉप देईल, पगारातून कपात नाही.",
 (20000,25000),"help-desk-technician","pune",1,"सेतू इन्फ्रा सपोर्ट",True,"setuinfra.in","9881304412","careers@setuinfra.in",["cab","pf","health-insurance"])

H("mr","ग्राहक सेवा प्रतिनिधी - जॉइनिंग बोनस ५,००० रुपये",
 "ग्राहक उत्पादन कंपनीच्या हेल्पलाइनवर ग्राहक सेवा प्रतिनिधी हवेत. फ्रेशर्सना ५,००० रुपये जॉइनिंग बोनस दुसऱ्या पगारासोबत मिळेल. नवी मुंबई घणसोली कार्यालय, स्टेशनपासून पाच मिनिटे.",
 (16000,18500),"customer-service-representative","navi-mumbai",0,"ग्राहक मित्र सर्व्हिसेस",True,"grahakmitra.in","9702304418","hr@grahakmitra.in",["incentives","pf","esi"])

H("mr","अकाउंट्स असिस्टंट - टेक्सटाइल युनिट (सोलापूर)",
 "टॅलीमध्ये खरेदी-विक्री नोंदी, डीलर्सकडून पेमेंटचा पाठपुरावा आणि साप्ताहिक अहवाल. बी.कॉम, एक-दोन वर्षांचा अनुभव. एमआयडीसी कार्यालयात सकाळी १० ते १ वॉक-इन.",
 (13000,17000),"accounts-assistant","solapur",1,"सिद्धेश्वर वस्त्र उद्योग",True,"siddheshwarvastra.in","9423204413","accounts.hr@siddheshwarvastra.in",["pf","esi"])

H("mr","ऑपरेशन्स मॅनेजर - ग्राहक सेवा केंद्र (छत्रपती संभाजीनगर)",
 "१२० जागांच्या ग्राहक सेवा केंद्राचे नेतृत्व: मनुष्यबळ नियोजन, एसएलए आणि क्लायंट रिपोर्टिंग. आठ वर्षांहून अधिक अनुभव, त्यातील तीन वर्षे व्यवस्थापक म्हणून. वार्षिक पॅकेज १० ते १२ लाख.",
 (85000,100000),"operations-manager","chhatrapati-sambhajinagar",8,"वेरूळ आउटसोर्सिंग सर्व्हिसेस",True,"verulos.in","9823304416","leadership@verulos.in",["health-insurance","pf","incentives"])

H("mr","एमआयएस एक्झिक्युटिव्ह - ॲडव्हान्स एक्सेल (पुणे)",
 "विक्री विभागासाठी दैनिक व मासिक अहवाल तयार करणे. व्हीलुकअप, पिव्होट टेबल आणि मॅक्रोचे ज्ञान आवश्यक. मुलाखतीत एक्सेल चाचणी होईल. बाणेर कार्यालय, दिवसाची शिफ्ट.",
 (24000,30000),"mis-executive","pune",2,"कृषीधन ॲग्रो लि.",True,"krushidhan.in","9960204415","hr@krushidhan.in",["pf","health-insurance"])

H("mr","ईमेल सपोर्ट एक्झिक्युटिव्ह - पर्यटन कंपनी",
 "ग्राहकांच्या बुकिंग, रद्द करणे आणि परताव्याबाबतच्या ईमेलना उत्तर देणे. चांगले लेखी इंग्रजी आवश्यक. दोन आठवडे कार्यालयात प्रशिक्षण, नंतर घरून काम. कंपनी लॅपटॉप देईल, अनामत रक्कम नाही.",
 (17000,20000),"email-support-executive","pune",0,"भ्रमंती हॉलिडेज",True,"bhramantiholidays.in","9011204414","careers@bhramantiholidays.in",["training","pf"])

H("mr","ग्राहक सेवा - सहकारी बँक शाखा (कल्याण)",
 "कल्याण पश्चिम शाखेत ग्राहकांना खाते उघडणे, चेकबुक आणि डिजिटल बँकिंगमध्ये मदत. पदवीधर, मराठी आणि हिंदीत उत्तम संवाद. निवड लेखी परीक्षा आणि मुलाखतीद्वारे, कोणतेही शुल्क नाही.",
 (19000,22000),"customer-service-representative","kalyan-dombivli",0,"कल्याण जनता सहकारी बँक",True,"kalyanjanatabank.in","9822404411","recruitment@kalyanjanatabank.in",["pf","health-insurance"])

H("mr","हॉस्पिटल टीपीए डेस्क - ऑपरेशन्स एक्झिक्युटिव्ह (नाशिक)",
 "कॅशलेस विमा मंजुरीसाठी फाइल्स तयार करणे आणि विमा कंपन्यांशी पाठपुरावा. पदवीधर, एक वर्षाचा अनुभव असल्यास प्राधान्य. फिरती शिफ्ट, रात्रीचे जेवण मोफत.",
 (17000,21000),"operations-executive","nashik",1,"पंचवटी मल्टिस्पेशालिटी हॉस्पिटल",True,"panchavatihospital.in","9422304417","hr@panchavatihospital.in",["meals","pf","esi"])

H("mr","Back office chi naukri - Thane, Excel yayla hava",
 "Thane West office sathi back office executive pahije. Kaam: billing entry, Excel report ani courier record. Graduate ani Excel madhe VLOOKUP yet asava. Vel 10 te 7, Ravivar sutti. Pagar daramahina 5 tarkhela bank madhe.",
 (15000,17500),"back-office-executive","thane",0,"Gajanan Traders",True,"gajanantraders.in","9820504416","accounts@gajanantraders.in",["pf"])

H("mr","Telecaller - coaching admission, Pune",
 "Students na call karun coaching batches chi mahiti dyaychi ani campus visit fix karaychi. Fees students thet institute la bhartat, telecaller paise gheta nahi. Fixed pagar ani admission incentive.",
 (12000,15000),"telecaller","pune",0,"Dnyanganga Academy",True,"dnyangangaacademy.in","9673204418","jobs@dnyangangaacademy.in",["incentives"])

H("mr","Walk-in - customer care, Vashi (udya ani parva)",
 "Udya ani parva walk-in, sakali 11 te dupari 3, Sector 17 Vashi, bus depot samor. Resume, Aadhaar ani marksheet chi copy aana. Company konatahi fee ghet nahi. Freshers la 5 divsanche paid training.",
 (15000,17500),"customer-service-representative","navi-mumbai",0,"Navi Mumbai Care Services",True,"nmcareservices.in","9702504419","walkin@nmcareservices.in",["training","pf","esi"])

H("mr","Quality analyst - voice process, Pune",
 "Voice process sathi QA pahije, 1 varsh QA anubhav kiva 2 varsh changla agent record. Calls audit karun feedback dyaycha. Hadapsar office, firti shift, ratri cab.",
 (24000,29000),"quality-analyst","pune",1,"Deccan BPO Services",True,"deccanbpo.in","9881504413","qa.jobs@deccanbpo.in",["cab","pf"])

H("mr","वसतिगृह अनामत कंपनी भरेल - डेटा एंट्री (पनवेल, महिलांसाठी)",
 "बाहेरगावाहून येणाऱ्या महिलांसाठी कंपनी टाय-अप वसतिगृहाची अनामत रक्कम स्वतः भरेल, तुम्ही फक्त मासिक भाडे द्यायचे. काम: विमा फॉर्मची डेटा एंट्री. बारावी उत्तीर्ण, २५ शब्द प्रति मिनिट.",
 (12000,14000),"data-entry-operator","panvel",0,"सुरक्षित फॉर्म प्रोसेसिंग",True,"surakshitforms.in","9987504412","hr@surakshitforms.in",["pf","esi"])
