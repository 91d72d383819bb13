from common import H
# ---- Hinglish honest (28) ----
H("hinglish","Call Centre Job Andheri - Hindi Voice, Salary 16k + Incentive",
 "Andheri East office me inbound Hindi voice process ke liye freshers chahiye. Salary 16,000 fix plus incentive 2-3 hazaar tak. 12th pass chalega. Koi bhi fees nahi hai, interview bilkul free. Resume aur Aadhaar leke aao, same day result.",
 16000,19000,"call-centre-agent","mumbai",0,"Vistara Contact Solutions",True,"vistaracs.in","9820415763","hr@vistaracs.in",["incentives","pf","esi"])
H("hinglish","Back Office Ki Naukri - Thane, 12th Pass",
 "Thane Wagle Estate me back office ka kaam: Excel me data update karna aur reports banana. Timing 10 se 7, Sunday off. Salary har mahine 5 tareekh ko bank me. PF aur ESI milega.",
 14000,16500,"back-office-executive","thane",0,"Shree Sai Logistics",True,"shreesailogistics.in","9867023154","hr@shreesailogistics.in",["pf","esi"])
H("hinglish","Telecaller Chahiye - Kalyan, Ladies Preferred",
 "Kalyan West ke office me telecaller chahiye, insurance renewal ke calls. Salary 13k fix, har renewal pe incentive. Koi deposit ya registration nahi. Timing 10 se 6:30.",
 13000,17000,"telecaller","kalyan-dombivli",0,"Mangal Insurance Advisors",False,None,"9702154036","mangalinsurance.kalyan@gmail.com",["incentives"])
H("hinglish","Data Entry Operator - Bhiwandi Godown Office",
 "Godown office me data entry: inward-outward entry, challan banana, Tally me entry. 12th pass aur typing aani chahiye. Salary 13-15k. Bhiwandi ke paas rehne wale ko preference.",
 13000,15000,"data-entry-operator","bhiwandi",0,"Balaji Warehousing",False,None,"9833520716","balajiwarehousing.bhw@gmail.com",["esi"])
H("hinglish","Customer Support Job Pune - Non Voice, Freshers",
 "Kharadi me chat aur email support ke liye graduates chahiye. Typing 25 wpm. 1 hafte ki paid training. Rotational shift, raat 10 ke baad cab milegi. Salary 17-19k.",
 17000,19000,"chat-support-executive","pune",0,"Nimbus Support Services",True,"nimbussupport.in","9881402637","jobs@nimbussupport.in",["cab","pf","esi","training"])
H("hinglish","International Voice - US Shift, Joining Bonus 10k",
 "US process ke liye achhi English bolne wale chahiye. Night shift, dono taraf cab. Salary 25-30k, aur 3 mahine poore hone pe Rs 10,000 joining bonus. Assessment online hota hai, koi charge nahi.",
 25000,30000,"international-voice-agent","navi-mumbai",0,"Oceanic Global CX",True,"oceaniccx.com","9619452730","hiring@oceaniccx.com",["cab","incentives","pf","health-insurance"])
H("hinglish","Walk-in Kal Tak Hi - BPO Job Vikhroli",
 "Sirf kal tak walk-in hai, 11 se 3 baje. Address: Kanjurmarg-Vikhroli LBS Marg, Godrej gate ke saamne, 2nd floor. Resume, photo aur 12th marksheet laana. 50 seats, domestic voice. Paisa kisi ko mat dena, hamari taraf se koi fees nahi hai.",
 15000,17500,"customer-service-representative","mumbai",0,"Eastline BPO Services",True,"eastlinebpo.in","9820736415","walkin@eastlinebpo.in",["pf","esi"])
H("hinglish","MIS Executive - Excel Expert Chahiye (Navi Mumbai)",
 "Pivot, VLOOKUP aur dashboard banana aana chahiye. 1-2 saal ka experience. Turbhe office, 5 din kaam. Salary 25-30k.",
 25000,30000,"mis-executive","navi-mumbai",1,"Harbour Chemicals Distribution",True,"harbourchem.in","9769241530","hr@harbourchem.in",["pf","health-insurance"])
H("hinglish","Accounts Assistant - Chhoti Firm, Gmail Pe CV Bhejo",
 "Hamari chhoti hardware trading firm hai Nagpur Itwari me. Billing, GST aur Tally ka kaam. B.Com fresher bhi chalega. CV Gmail pe bhejo ya seedha dukaan pe aao 11 se 5.",
 12000,15000,"accounts-assistant","nagpur",0,"Agrawal Hardware Traders",False,None,"9823160473","agrawalhardware.itwari@gmail.com",[])
H("hinglish","Telesales - Salary + Incentive, Koi Target Pressure Nahi",
 "Hamare education app ke liye telesales. Fix 15k aur har sale pe Rs 400. Leads company degi, cold calling nahi. Viman Nagar office. Training free.",
 15000,25000,"telecaller","pune",0,"Vidyarthi Learning App",True,"vidyarthiapp.in","9960271453","hr@vidyarthiapp.in",["incentives","training","pf"])
H("hinglish","Consultancy Se Job - Candidate Se Koi Paisa Nahi",
 "Hum registered consultancy hai, hamari fees company deti hai, candidate se ek rupaya bhi nahi lete. Abhi Airoli aur Ghansoli ke 2 BPO ke liye openings hai. Interview company ke office me hoga aur offer letter company khud degi.",
 15000,20000,"call-centre-agent","navi-mumbai",0,"Sahara Staffing Solutions",True,"sahara-staffing.in","9967302145","candidates@sahara-staffing.in",[])
H("hinglish","Help Desk Technician - Hardware Networking",
 "Office ke computers, printers aur LAN sambhalna hai. Diploma ya hardware networking course kiya ho. Thane office. Salary 18-22k. Apna laptop nahi chahiye, company dega.",
 18000,22000,"help-desk-technician","thane",1,"Techserve Office Solutions",True,"techserveoffice.in","9819035274","hr@techserveoffice.in",["pf","esi"])
H("hinglish","Team Leader - Domestic Voice (Malad)",
 "Domestic voice process ke liye TL chahiye, 15-18 agents ki team. 3 saal experience, 1 saal TL ya SME. Salary 32-38k plus incentive. Rotational off.",
 32000,38000,"team-lead","mumbai",3,"Kestrel CX Pvt Ltd",True,"kestrelcx.in","9820314520","hr@kestrelcx.in",["incentives","pf","health-insurance"])
H("hinglish","Operations Executive - Courier Hub Nashik",
 "Courier hub me shipments ka status update, delivery boys ka record aur COD reconciliation. Graduate aur Excel. Salary 15-17k.",
 15000,17000,"operations-executive","nashik",0,"Swift Parcel Services",True,"swiftparcel.in","9422108365","hr@swiftparcel.in",["pf","esi"])
H("hinglish","Customer Care Executive - Hospital, Rotational Shift",
 "Hospital ke helpdesk pe patients ki madad, appointment booking aur billing ki jaankari. Marathi, Hindi, English teeno aani chahiye. Khana free, shift rotational.",
 14000,17000,"customer-service-representative","kolhapur",0,"Panchganga Hospital",True,"panchgangahospital.in","9850312476","hr@panchgangahospital.in",["meals","pf","esi"])
H("hinglish","Quality Analyst Chahiye - Chat Process",
 "Chat process ke transactions audit karne hai aur feedback dena hai. 2 saal QA experience. Hinjewadi, day shift. CTC 3.6-4 LPA.",
 30000,33000,"quality-analyst","pune",2,"Skybridge Support Services",True,"skybridgesupport.com","9822041712","careers@skybridgesupport.com",["pf","health-insurance"])
H("hinglish","Data Entry Job Thane 12th Pass - Office Me",
 "Thane station ke paas office me data entry job. Ghar se kaam nahi hai. Typing 25 wpm. Salary 12-14k, har mahine payslip milegi. Interview me typing test hoga.",
 12000,14000,"data-entry-operator","thane",0,"Datasure Services",True,"datasure.in","9867210354","hr@datasure.in",["pf","esi"])
H("hinglish","KYC Executive - Broking Firm (Fort)",
 "Naye client ke account opening documents check karne hai, PAN-Aadhaar match, signature verify. Graduate, 0-1 saal. Fort office, Churchgate se 5 minute. Salary 18-21k.",
 18000,21000,"kyc-compliance-executive","mumbai",0,"Hira Securities",True,"hirasecurities.in","9820547163","hr@hirasecurities.in",["pf","health-insurance"])
H("hinglish","WFH Customer Support - Company Laptop, Koi Deposit Nahi",
 "Ghar se customer support ka kaam, calls company ke softphone pe aayengi. Laptop company dega aur koi deposit nahi lega; chhodne pe laptop wapas karna hai. Training pehle 2 hafte office me (Baner).",
 18000,20000,"customer-service-representative","pune",0,"Helix Consumer Care",True,"helixcare.in","9552014790","hr@helixcare.in",["pf","health-insurance","training"])
H("hinglish","HR Operations Executive - Attendance aur Payroll",
 "Attendance data, joining formalities aur payroll inputs sambhalne hai, 400 employees. 1-2 saal HR ops experience. Bhosari MIDC office, company bus Pimpri se.",
 20000,24000,"hr-operations-executive","pune",1,"Deccan Auto Parts",True,"deccanautoparts.in","9890532174","hr@deccanautoparts.in",["cab","pf","esi","meals"])
H("hinglish","Telecaller - Hospital Appointment Booking, Nagpur",
 "Patients ko call karke follow-up appointments book karna. Hindi aur Marathi. Salary 12-14k. Koi sales target nahi.",
 12000,14000,"telecaller","nagpur",0,"Orange City Hospital",True,"orangecityhospital.in","9823741056","hr@orangecityhospital.in",["pf","esi"])
H("hinglish","Reconciliation Executive - Bank Reco, Andheri",
 "Daily bank statement aur ledger match karna, difference nikalna. B.Com, Excel aur Tally. 1 saal experience. Salary 22-26k.",
 22000,26000,"reconciliation-executive","mumbai",1,"Marigold Foods Pvt Ltd",True,"marigoldfoods.in","9833012746","accounts.hr@marigoldfoods.in",["pf","health-insurance"])
H("hinglish","Email Support - Freshers Welcome, Panvel",
 "Customer emails ka reply karna aur tickets update karna. Achhi English likhni aani chahiye. Panvel office, day shift. Salary 15-17k, training paid.",
 15000,17000,"email-support-executive","panvel",0,"Coastal Support Services",True,"coastalsupport.in","9702413658","jobs@coastalsupport.in",["pf","esi","training"])
H("hinglish","Operations Manager - BPO, 15 LPA Tak",
 "400 seat domestic BPO ke liye Operations Manager. 12 saal experience, 4 saal manager. CTC 15 LPA tak plus variable. Senior role hai isliye salary zyada hai, hiring company ke HR se direct.",
 110000,125000,"operations-manager","navi-mumbai",12,"Oceanic Global CX",True,"oceaniccx.com","9619452788","leadership@oceaniccx.com",["health-insurance","pf","incentives"])
H("hinglish","Call Centre Job Vasai - Ghar Ke Paas",
 "Vasai West me naya call centre, 30 seats. Loan customers ko payment reminder calls. Salary 12-15k plus incentive. Interview ke liye Aadhaar aur resume laana. Sirf interview hai, koi fees nahi.",
 12000,15000,"call-centre-agent","vasai-virar",0,"Shree Vasai Tele Services",False,None,"9867402135","shreevasaitele@gmail.com",["incentives"])
H("hinglish","Admin Executive - Coaching Institute (Dadar)",
 "Admission records, fees receipt entry aur staff attendance. Graduate, computer aana chahiye. 10 se 7, Monday off. Salary 15-18k.",
 15000,18000,"admin-executive","mumbai",0,"Gurukul Classes Dadar",True,"gurukuldadar.in","9820516347","office@gurukuldadar.in",["pf"])
H("hinglish","Chat Support Executive - Ghar Se, Nagpur Wale",
 "Nagpur ke candidates ke liye remote chat support, online grocery app. Apna laptop aur wifi chahiye, internet ke Rs 700 har mahine company degi. Salary 15-17k, bank me.",
 15000,17000,"chat-support-executive","nagpur",0,"Freshbasket Online",True,"freshbasket.in","9823510674","people@freshbasket.in",["pf"])
H("hinglish","Technical Support - Mobile Repair Helpline (Ulhasnagar)",
 "Customers ko phone pe mobile settings aur warranty ke baare me madad karna. Mobile ki basic jaankari ho. Salary 14-17k. Day shift.",
 14000,17000,"technical-support-specialist","ulhasnagar",0,"Mobicare Service Centre",True,"mobicareservice.in","9822610534","hr@mobicareservice.in",["pf","esi"])

# ---- Hindi honest (19) ----
H("hi","कस्टमर केयर एग्ज़ीक्यूटिव - हिंदी वॉयस (मलाड)",
 "टेलीकॉम कंपनी की हेल्पलाइन पर ग्राहकों के कॉल लेने हैं। वेतन 16,000 रुपये और हर महीने प्रदर्शन के आधार पर प्रोत्साहन राशि। 12वीं पास फ्रेशर आवेदन कर सकते हैं। भर्ती की किसी भी प्रक्रिया में कोई शुल्क नहीं लिया जाता।",
 16000,19000,"customer-service-representative","mumbai",0,"केस्ट्रल सीएक्स प्रा. लि.",True,"kestrelcx.in","9820314599","hr@kestrelcx.in",["incentives","pf","esi"])
H("hi","डाटा एंट्री ऑपरेटर - ठाणे ऑफिस",
 "ठाणे स्टेशन के पास ऑफिस में डाटा एंट्री का काम। टाइपिंग 25 शब्द प्रति मिनट। वेतन 12,000 से 14,000 रुपये, हर महीने बैंक में। पीएफ और ईएसआई की सुविधा।",
 12000,14000,"data-entry-operator","thane",0,"डेटाश्योर सर्विसेज़",True,"datasure.in","9867210377","hr@datasure.in",["pf","esi"])
H("hi","बैक ऑफिस एग्ज़ीक्यूटिव - वॉक-इन केवल शुक्रवार तक",
 "बीमा कंपनी के बैक ऑफिस के लिए वॉक-इन इंटरव्यू, सुबह 10 से दोपहर 2 बजे तक, केवल शुक्रवार तक। पता: सेक्टर 30, वाशी, रेलवे स्टेशन के सामने। साथ लाएं: बायोडाटा, फोटो पहचान पत्र, अंकतालिका और दो फोटो। इंटरव्यू पूरी तरह मुफ़्त है।",
 15000,18000,"back-office-executive","navi-mumbai",0,"मेडिलिंक टीपीए सर्विसेज़",True,"medilinktpa.in","9833702690","walkin@medilinktpa.in",["pf","esi","health-insurance"])
H("hi","टेलीकॉलर - शिक्षा परामर्श (नागपुर)",
 "हमारे कोर्स के बारे में पूछताछ करने वाले विद्यार्थियों को कॉल करना और जानकारी देना। तय वेतन के साथ हर प्रवेश पर 500 रुपये प्रोत्साहन। तीन दिन का प्रशिक्षण वेतन सहित।",
 12000,16000,"telecaller","nagpur",0,"विद्या स्किल इंस्टिट्यूट",True,"vidyaskill.in","9823074152","hr@vidyaskill.in",["incentives","training"])
H("hi","एमआईएस एग्ज़ीक्यूटिव - पुणे",
 "दैनिक और मासिक रिपोर्ट बनाना, एक्सेल में पिवट टेबल और वीलुकअप का अच्छा ज्ञान आवश्यक। 1-2 साल का अनुभव। हिंजेवाड़ी ऑफिस, सप्ताह में 5 दिन।",
 25000,32000,"mis-executive","pune",1,"मेरिडियन कस्टमर सर्विसेज़",True,"meridiancs.com","9881027311","hr@meridiancs.com",["pf","health-insurance"])
H("hi","इंटरनेशनल वॉयस एजेंट - यूएस शिफ्ट",
 "अमेरिकी ग्राहकों के कॉल के लिए अच्छी अंग्रेज़ी बोलने वाले उम्मीदवार चाहिए। रात की शिफ्ट, दोनों तरफ़ कैब। वेतन 26,000 से 31,000 रुपये और तीन महीने बाद 10,000 रुपये जॉइनिंग बोनस।",
 26000,31000,"international-voice-agent","mumbai",0,"एटलस रिसीवेबल्स इंडिया",True,"atlasreceivables.com","9833671260","talent@atlasreceivables.com",["cab","incentives","pf"])
H("hi","अकाउंट्स असिस्टेंट - छोटी फर्म (जीमेल पर आवेदन)",
 "हमारी छोटी कपड़ा व्यापार फर्म को टैली और जीएसटी का काम जानने वाला अकाउंट्स असिस्टेंट चाहिए। बी.कॉम फ्रेशर भी आवेदन कर सकते हैं। अपना बायोडाटा जीमेल पर भेजें या दुकान पर आएं।",
 13000,16000,"accounts-assistant","bhiwandi",0,"श्याम टेक्सटाइल्स",False,None,"9822430156","shyamtextiles.bhiwandi@gmail.com",[])
H("hi","कस्टमर सपोर्ट - घर से काम (कंपनी लैपटॉप, कोई जमा राशि नहीं)",
 "ऑनलाइन शिक्षा कंपनी के लिए घर से ईमेल और चैट सपोर्ट। कंपनी लैपटॉप देगी और इसके लिए कोई जमा राशि नहीं ली जाएगी। नौकरी छोड़ने पर लैपटॉप लौटाना होगा। हम कभी ओटीपी या बैंक विवरण नहीं मांगते।",
 17000,19000,"email-support-executive","pune",0,"लर्नोवा सपोर्ट सर्विसेज़",True,"learnova.in","9552130711","jobs@learnova.in",["pf","health-insurance"])
H("hi","टीम लीडर - कलेक्शन (मीरा रोड)",
 "क्रेडिट कार्ड कलेक्शन के 20 एजेंट की टीम संभालनी है। आरबीआई के निष्पक्ष व्यवहार नियमों का पालन ज़रूरी। 3 साल का अनुभव, जिसमें 1 साल टीम लीडर। तय वेतन और मासिक प्रोत्साहन।",
 32000,40000,"team-lead","mira-bhayandar",3,"स्टर्लिंग रिकवरी सॉल्यूशंस",True,"sterlingrs.in","9820637111","hr@sterlingrs.in",["incentives","pf","health-insurance"])
H("hi","केवाईसी एग्ज़ीक्यूटिव - बैंक खाता खोलना",
 "बैंक के नए खातों के दस्तावेज़ जांचना: आधार और पैन का मिलान, हस्ताक्षर जांच। स्नातक, 0-2 साल अनुभव। दो सप्ताह का प्रशिक्षण वेतन सहित। पृष्ठभूमि जांच का खर्च कंपनी उठाती है।",
 20000,24000,"kyc-compliance-executive","mumbai",0,"ट्राइडेंट बैंकिंग ऑपरेशंस",True,"tridentbankops.com","9930215711","hr@tridentbankops.com",["pf","health-insurance","training"])
H("hi","हेल्प डेस्क टेक्नीशियन - आईटी सपोर्ट",
 "कर्मचारियों के लैपटॉप, ईमेल और प्रिंटर की समस्याएं हल करना। हार्डवेयर नेटवर्किंग डिप्लोमा। खराडी ऑफिस, रोटेशनल शिफ्ट, शिफ्ट भत्ता।",
 21000,26000,"help-desk-technician","pune",1,"ऑर्बिट मैनेज्ड आईटी",True,"orbitmanagedit.com","9767320499","it.hiring@orbitmanagedit.com",["pf","cab","health-insurance"])
H("hi","ऑपरेशंस एग्ज़ीक्यूटिव - ई-कॉमर्स रिटर्न",
 "रिटर्न अनुरोध प्रोसेस करना, रिवर्स पिकअप का समन्वय और रिफंड की स्थिति अपडेट करना। स्नातक, एक्सेल का ज्ञान। वालुज एमआईडीसी, सुबह 9:30 से शाम 6:30।",
 14000,17000,"operations-executive","chhatrapati-sambhajinagar",0,"डेक्कन कॉमर्स ऑप्स",True,"deccancommerce.in","9422604390","hr@deccancommerce.in",["pf","esi"])
H("hi","कॉल सेंटर एजेंट - सर्वे (मार्केट रिसर्च)",
 "हिंदी, मराठी और अंग्रेज़ी में टेलीफोन सर्वे करना। प्रश्नावली के अनुसार उत्तर दर्ज करना। न्यूनतम 12,000 रुपये के साथ हर पूरे सर्वे पर अतिरिक्त भुगतान।",
 12000,17000,"call-centre-agent","pune",0,"इनसाइट फील्ड रिसर्च",True,"insightfield.in","9881230599","fieldhr@insightfield.in",["incentives"])
H("hi","प्लेसमेंट कंसल्टेंसी - उम्मीदवारों से कोई शुल्क नहीं",
 "हम पंजीकृत भर्ती फर्म हैं और हमारी फीस नियोक्ता कंपनी देती है। उम्मीदवार से किसी भी रूप में पैसा नहीं लिया जाता। अभी ठाणे और ऐरोली के बीपीओ में ग्राहक सेवा की रिक्तियां हैं। ऑफर लेटर सीधे कंपनी से मिलेगा।",
 15000,21000,"customer-service-representative","thane",0,"टैलेंटब्रिज स्टाफिंग",True,"talentbridgestaffing.in","9702318611","candidates@talentbridgestaffing.in",[])
H("hi","क्वालिटी एनालिस्ट - वॉयस प्रोसेस",
 "रोज़ाना 40 कॉल का ऑडिट, एजेंटों को फीडबैक और साप्ताहिक रिपोर्ट। 2 साल क्यूए अनुभव। विक्रोली ऑफिस।",
 27000,33000,"quality-analyst","mumbai",2,"हार्बरलाइन बीपीओ",True,"harbourlinebpo.com","9821347690","jobs@harbourlinebpo.com",["pf","health-insurance"])
H("hi","ऑपरेशंस मैनेजर - 300 सीट बीपीओ",
 "300 सीट के घरेलू वॉयस ऑपरेशन का नेतृत्व। 10 साल का अनुभव, जिसमें 3 साल मैनेजर। वार्षिक सीटीसी 14 से 17 लाख रुपये और परिवर्तनीय वेतन। यह वरिष्ठ पद है।",
 115000,140000,"operations-manager","pune",10,"मेरिडियन कस्टमर सर्विसेज़",True,"meridiancs.com","9881027366","leadership.hiring@meridiancs.com",["health-insurance","pf","incentives"])
H("hi","चैट सपोर्ट एग्ज़ीक्यूटिव - फूड डिलीवरी",
 "देर से आए ऑर्डर और रिफंड के बारे में ग्राहकों की चैट का जवाब देना। टाइपिंग 30 शब्द प्रति मिनट। ऑफिस में भोजन मुफ़्त, रात 10 बजे के बाद कैब।",
 18000,21000,"chat-support-executive","pune",0,"क्विकसर्व सपोर्ट हब",True,"quickservehub.in","9890412511","hiring@quickservehub.in",["meals","cab","pf","esi"])
H("hi","डॉक्यूमेंटेशन एग्ज़ीक्यूटिव - होम लोन",
 "ग्राहकों और बिल्डरों से लोन दस्तावेज़ इकट्ठा करना और जांचना, लंबित दस्तावेज़ों की सूची रखना। शहर में फील्ड विज़िट के लिए पेट्रोल भत्ता।",
 16000,20000,"documentation-executive","nashik",1,"गोदावरी हाउसिंग फाइनेंस",True,"godavarihf.in","9422301845","careers@godavarihf.in",["pf","incentives"])
H("hi","ग्राहक सेवा प्रतिनिधि - स्थानांतरण पर किराया जमा कंपनी देगी",
 "दूसरे शहर से पुणे आने वाले उम्मीदवारों के लिए पहले महीने का किराया और फ्लैट की सिक्योरिटी डिपॉज़िट कंपनी सीधे मकान मालिक को देगी, जिसे आपको लौटाना नहीं है। काम: इलेक्ट्रॉनिक्स ब्रांड के लिए वॉयस सपोर्ट, दिन की शिफ्ट।",
 20000,24000,"customer-service-representative","pune",0,"हेलिक्स कंज़्यूमर केयर",True,"helixcare.in","9552014722","relocation.hr@helixcare.in",["pf","health-insurance"])

# ---- Marathi honest (20): Devanagari + some Roman Marathi ----
H("mr","ग्राहक सेवा प्रतिनिधी - इनबाउंड कॉल (ठाणे)",
 "विमा कंपनीच्या ग्राहकांचे कॉल घेणे आणि तक्रारी नोंदवणे. पगार 16,000 ते 19,000 रुपये आणि दर महिन्याला प्रोत्साहन भत्ता. भरतीच्या कोणत्याही टप्प्यावर शुल्क घेतले जात नाही.",
 16000,19000,"customer-service-representative","thane",0,"आर्या जनरल इन्शुरन्स सर्व्हिसेस",True,"aryagis.co.in","9920531711","careers@aryagis.co.in",["incentives","pf","health-insurance"])
H("mr","डेटा एंट्री ऑपरेटर - सोलापूर महानगरपालिका प्रकल्प",
 "मालमत्ता कर डिजिटायझेशन प्रकल्पासाठी 11 महिन्यांच्या कंत्राटावर डेटा एंट्री ऑपरेटर. मुलाखतीत मराठी आणि इंग्रजी टायपिंग चाचणी होईल. मूळ प्रमाणपत्रे आणि झेरॉक्स प्रती पडताळणीसाठी आणा.",
 13500,13500,"data-entry-operator","solapur",0,"सह्याद्री इन्फोटेक सर्व्हिसेस",True,"sahyadriinfotech.in","9421036711","projects@sahyadriinfotech.in",["pf","esi"])
H("mr","बॅक ऑफिस एक्झिक्युटिव्ह - वॉक-इन फक्त शनिवारी",
 "विमा टीपीएसाठी बॅक ऑफिस पदांकरिता फक्त या शनिवारी सकाळी 10 ते 1 वॉक-इन. ठिकाण: सेक्टर 17, वाशी. बायोडाटा, ओळखपत्र, पदवीची गुणपत्रिका आणि दोन फोटो आणा. निवड त्याच दिवशी.",
 15000,18000,"back-office-executive","navi-mumbai",0,"मेडिलिंक टीपीए सर्व्हिसेस",True,"medilinktpa.in","9833702655","walkin@medilinktpa.in",["pf","esi","health-insurance"])
H("mr","टेलिकॉलर - रुग्णालय अपॉइंटमेंट (कोल्हापूर)",
 "रुग्णांना फॉलो-अप अपॉइंटमेंटसाठी फोन करणे. मराठी आणि हिंदी आवश्यक. पगार 12,000 ते 14,000 रुपये. विक्रीचे लक्ष्य नाही.",
 12000,14000,"telecaller","kolhapur",0,"श्री महालक्ष्मी हॉस्पिटल",True,"mahalaxmihospital.org","9850630177","hr@mahalaxmihospital.org",["pf","esi"])
H("mr","अकाउंट्स असिस्टंट - लहान सीए फर्म (जीमेलवर अर्ज)",
 "पुण्यातील सदाशिव पेठेतील आमच्या लहान सीए फर्मसाठी टॅली, जीएसटी आणि बँक रिकन्सिलिएशन येणारा सहाय्यक हवा. बी.कॉम फ्रेशरही चालेल. बायोडाटा जीमेलवर पाठवा.",
 14000,18000,"accounts-assistant","pune",0,"जोशी अँड कंपनी, सनदी लेखापाल",False,None,"9822017435","joshiandco.ca.pune@gmail.com",[])
H("mr","एमआयएस एक्झिक्युटिव्ह - नाशिक",
 "विक्री आणि स्टॉकचे दैनिक अहवाल एक्सेलमध्ये तयार करणे. पिव्होट टेबल आणि व्हीलूकअप आवश्यक. 1 वर्ष अनुभव. अंबड एमआयडीसी ऑफिस.",
 20000,25000,"mis-executive","nashik",1,"गोदावरी अ‍ॅग्रो प्रोडक्ट्स",True,"godavariagro.in","9403218756","hr@godavariagro.in",["pf","esi"])
H("mr","कॉल सेंटर एजंट - वीज हेल्पलाइन (नागपूर)",
 "वीज खंडित होणे आणि बिलाच्या तक्रारी नोंदवणे. 11 महिन्यांचे कंत्राट, नूतनीकरण शक्य. मराठी आवश्यक. पगार बँकेत, पीएफ आणि ईएसआय नियमाप्रमाणे.",
 12000,12000,"call-centre-agent","nagpur",0,"ऊर्जा सेवा संपर्क केंद्र",True,"urjaseva.in","9403271811","hr@urjaseva.in",["pf","esi"])
H("mr","टीम लीडर - चॅट सपोर्ट (हिंजवडी)",
 "15 चॅट एजंटांच्या टीमचे नेतृत्व, गुणवत्ता आणि उत्पादकता प्रशिक्षण. किमान 3 वर्षांचा अनुभव. रोटेशनल शिफ्ट, रात्री 9 नंतर कॅब.",
 38000,45000,"team-lead","pune",3,"स्कायब्रिज सपोर्ट सर्व्हिसेस",True,"skybridgesupport.com","9822041755","careers@skybridgesupport.com",["cab","pf","health-insurance"])
H("mr","केवायसी एक्झिक्युटिव्ह - म्युच्युअल फंड (ठाणे)",
 "गुंतवणूकदारांचे केवायसी तपासणे आणि बदल विनंत्या प्रक्रिया करणे. पदवीधर, 1 वर्ष अनुभव असल्यास प्राधान्य. आठवड्यात 5 दिवस काम.",
 21000,26000,"kyc-compliance-executive","thane",1,"युनिटी रजिस्ट्रार सर्व्हिसेस",True,"unityrta.com","9867540355","jobs@unityrta.com",["pf","health-insurance"])
H("mr","प्लेसमेंट कन्सल्टन्सी - उमेदवारांकडून एकही रुपया नाही",
 "आम्ही नोंदणीकृत भरती संस्था आहोत; आमची फी कंपनी देते. उमेदवारांकडून फॉर्म, प्रशिक्षण किंवा इतर कोणत्याही नावाने पैसे घेतले जात नाहीत. नवी मुंबईतील दोन बीपीओमध्ये जागा उपलब्ध.",
 15000,20000,"call-centre-agent","navi-mumbai",0,"सहारा स्टाफिंग सोल्युशन्स",True,"sahara-staffing.in","9967302188","candidates@sahara-staffing.in",[])
H("mr","ऑपरेशन्स एक्झिक्युटिव्ह - कुरिअर हब (छत्रपती संभाजीनगर)",
 "शिपमेंट स्टेटस अपडेट, डिलिव्हरी कर्मचाऱ्यांची नोंद आणि सीओडी रिकन्सिलिएशन. पदवीधर आणि एक्सेल. पगार 14,000 ते 17,000.",
 14000,17000,"operations-executive","chhatrapati-sambhajinagar",0,"स्विफ्ट पार्सल सर्व्हिसेस",True,"swiftparcel.in","9422108311","hr@swiftparcel.in",["pf","esi"])
H("mr","ग्राहक अनुभव व्यवस्थापक - रुग्णालय समूह",
 "चार रुग्णालयांमधील रुग्ण अनुभवाचे नेतृत्व: अभिप्राय कार्यक्रम, तक्रार निवारण आणि फ्रंट ऑफिस प्रशिक्षण. 10 वर्षांहून अधिक अनुभव. वार्षिक सीटीसी 15 ते 18 लाख.",
 125000,150000,"customer-experience-manager","pune",10,"सह्याद्री केअर हॉस्पिटल्स",True,"sahyadricare.in","9890716311","leadership.hr@sahyadricare.in",["health-insurance","pf"])
H("mr","ईमेल सपोर्ट एक्झिक्युटिव्ह - घरून काम",
 "डी2सी ब्रँडसाठी पूर्णपणे घरून ईमेल सपोर्ट. स्वतःचा लॅपटॉप आणि इंटरनेट हवे; इंटरनेटसाठी दरमहा 800 रुपये कंपनी देईल. आम्ही कधीही पैसे, डिपॉझिट किंवा बँक ओटीपी मागत नाही.",
 16000,19000,"email-support-executive","kolhapur",0,"ग्लोरूट नॅचरल्स",True,"glowroot.in","9970314511","people@glowroot.in",["pf"])
H("mr","एचआर ऑपरेशन्स एक्झिक्युटिव्ह - पगार इनपुट",
 "900 कर्मचाऱ्यांची उपस्थिती, जॉइनिंग-एक्झिट प्रक्रिया आणि पीएफ-ईएसआय प्रश्नांना उत्तर. 2 वर्षांचा अनुभव. सीबीडी बेलापूर ऑफिस.",
 24000,30000,"hr-operations-executive","navi-mumbai",2,"सीलाइन शिपिंग सर्व्हिसेस",True,"sealineship.com","9769013599","hr@sealineship.com",["pf","health-insurance"])
H("mr","डॉक्युमेंटेशन एक्झिक्युटिव्ह - निर्यात (भिवंडी)",
 "निर्यातीसाठी इनव्हॉइस, पॅकिंग लिस्ट आणि शिपिंग बिल तयार करणे. 1-2 वर्षांचा अनुभव. पगार अनुभवानुसार.",
 18000,24000,"documentation-executive","bhiwandi",1,"रांगोळी टेक्सटाइल्स एक्सपोर्ट्स",True,"rangolitextiles.com","9822135477","exports.hr@rangolitextiles.com",["pf"])
H("mr","Back office job Dombivli - 12vi pass",
 "Dombivli East office madhe back office sathi 12vi pass mulga/mulgi pahije. Excel madhe entry ani report. Pagar 13 te 15 hajar, dar mahinyala 7 tarkhela bank madhe. Konti hi fee nahi.",
 13000,15000,"back-office-executive","kalyan-dombivli",0,"Sahyog Credit Services",True,"sahyogcredit.in","9702306188","hr@sahyogcredit.in",["pf","esi"])
H("mr","Telecaller pahije - Kolhapur, pagar + incentive",
 "Shaikshanik courses chi mahiti denyasathi telecaller pahije. Fix pagar 12 hajar ani pratyek admission la 500 rupaye. 3 divas paid training. Interview free ahe.",
 12000,16000,"telecaller","kolhapur",0,"Karveer Skill Academy",True,"karveerskill.in","9850417263","hr@karveerskill.in",["incentives","training"])
H("mr","Customer care job Pune - night shift cab sobat",
 "Kharadi madhe international chat process sathi chhan English lihinare pahije. Ratri chi shift, donhi baju cab. Pagar 22 te 26 hajar, 3 mahine nantar 8,000 joining bonus.",
 22000,26000,"chat-support-executive","pune",0,"Nimbus Support Services",True,"nimbussupport.in","9881402690","jobs@nimbussupport.in",["cab","incentives","pf"])
H("mr","Data entry Nashik - office madhe kaam",
 "Nashik Road javal office madhe data entry. Gharun kaam nahi. Typing 25 wpm. Pagar 11 te 13 hajar, payslip milel. Chhoti company ahe, CV Gmail var pathva.",
 11000,13000,"data-entry-operator","nashik",0,"Shree Datta Computers",False,None,"9423175602","shreedattacomputers.nsk@gmail.com",[])
H("mr","Help desk technician - Amravati college",
 "College madhil computer lab, printer ani wifi sambhalne. Hardware networking diploma. Pagar 14 te 17 hajar. Kayam naukri, PF milel.",
 14000,17000,"help-desk-technician","amravati",1,"Vidarbha Shikshan Sanstha",True,"vidarbhashikshan.org","9422863017","office@vidarbhashikshan.org",["pf"])
