from common import S
# ---- 2 more English scams (subtle) ----
S("refundable_security_deposit","en","Customer Success Associate - SaaS (Hybrid, Baner)",
 "We are a 40-member SaaS company helping clinics manage appointments. As a Customer Success Associate you will onboard new clinics, run product demos on Zoom and track renewals in HubSpot. Hybrid: 3 days at our Baner office. Company laptop is issued on day one against a refundable equipment bond of Rs 15,000, transferred to our account before joining. Health insurance from month one.",
 30000,38000,"customer-success-manager","pune",1,"ClinicFlow Technologies",False,"clinicflow.io","8669021473","people@clinicflow.io",["health-insurance","pf"])
S("identity_harvest","en","Operations Executive - Field Verification (Hybrid)",
 "Operations executive for a lending partner in Nagpur. You will coordinate doorstep verification of loan applicants and update status on our portal. At joining, a company SIM card and a bank account for expense reimbursement will be opened in your name by our team; you hand over the kit (passbook, debit card and SIM) to the branch manager for safekeeping. Fixed salary plus travel allowance.",
 19000,23000,"operations-executive","nagpur",0,"LendRight Services",False,None,"9067312485","lendright.ngp@gmail.com",["incentives"])

# ---- Hinglish scams (22) ----
S("registration_fee","hinglish","Ghar Baithe Data Entry Job - Daily Payment",
 "Ghar baithe mobile se data entry karo aur roz 800-1500 kamao. Koi experience nahi chahiye, 10th pass bhi chalega. Sirf ek baar Rs 650 registration karna hai, uske baad kaam turant milega. Payment roz shaam ko bank me.",
 24000,45000,"data-entry-operator","thane",0,"Digital India Data Work",False,None,"9137028465",None,[])
S("registration_fee","hinglish","Call Centre Job Andheri - Freshers Direct Joining",
 "Andheri East me domestic call centre ke liye freshers chahiye. Salary 15-18k, Sunday off. Interview ke time Rs 350 file charge dena hoga, receipt milegi. Resume, 2 photo aur Aadhaar copy laana. Direct joining same week.",
 15000,18000,"call-centre-agent","mumbai",0,"Star Connect BPO",False,None,"8451092736",None,["incentives"])
S("refundable_security_deposit","hinglish","Non Voice Process - Work From Home Laptop Milega",
 "Non voice process ke liye WFH candidates chahiye. Company laptop aur dongle ghar pe bhejegi. Laptop ke liye Rs 5,500 refundable deposit dena padega jo 3 mahine baad salary ke saath wapas. English typing 25 wpm honi chahiye. Shift raat ki hai.",
 20000,24000,"email-support-executive","pune",0,"E-Care Remote Solutions",False,None,"7666213048","ecareremote.hr@gmail.com",[])
S("refundable_security_deposit","hinglish","Back Office Executive Malad - Bond Deposit",
 "Malad West office me back office staff chahiye, Excel aana zaroori. Salary achhi hai, PF ESI milega. Joining ke time Rs 8,000 security deposit jama karna hai kyunki pehle log bina bataye chod dete the. 1 saal complete karne pe poora wapas milega.",
 17000,21000,"back-office-executive","mumbai",0,"Om Enterprises Back Office",False,None,"9892047163",None,["pf","esi"])
S("training_kit_fee","hinglish","Telecaller Training + Job Guarantee",
 "Telecaller banna hai? Hamara 7 din ka training course karo (fees sirf Rs 2,999) aur uske baad job pakki. Training me soft skills, CRM aur sales script sikhaya jayega. Certificate bhi milega. Batch har Monday ko start hota hai Dadar me.",
 12000,20000,"telecaller","mumbai",0,"Speakwell Call Centre Training",False,None,"9769401285",None,["training"])
S("training_kit_fee","hinglish","WFH Customer Care - Headset Kit Compulsory",
 "Customer care ka kaam ghar se, calls aapke phone pe forward hongi. Company ka headset aur software kit lena compulsory hai, Rs 1,650 COD pe ayega. Har call ka Rs 12 aur monthly bonus. Hindi aur thodi English chahiye.",
 15000,35000,"customer-service-representative","nagpur",0,"Call Mitra Services",False,None,"7709326514",None,[])
S("prepaid_task_review","hinglish","Part Time Job - YouTube Like Karo Paise Kamao",
 "Sirf YouTube video like karke screenshot bhejo aur har task ka Rs 50 pao. Roz 3000 tak kama sakte ho. Koi joining fees nahi. Telegram group me add kiya jayega jahan task milte hai. Baad me premium task me thoda invest karke double return milta hai.",
 30000,90000,"data-entry-operator","mumbai",0,"Social Boost Agency",False,None,"8850327164",None,[])
S("prepaid_task_review","hinglish","Online Review Job - Housewife/Student",
 "Mobile se hotel aur restaurant ko rating dena hai. Har rating pe commission. Pehle 5 task free, uske baad VIP level ke liye wallet recharge karna padega, recharge amount commission ke saath turant wapas. Daily withdrawal.",
 20000,70000,"back-office-executive","pune",0,"Rating Hub India",False,None,"7038152946",None,[])
S("prepaid_task_review","hinglish","Amazon Product Boost Task - Work From Home",
 "Amazon sellers ke products ka order boost karna hai, apne task wallet se order place karo aur 20% commission ke saath paisa wapas lo. Bade task me bada commission. Kaam sirf 1-2 ghanta. HR se WhatsApp pe baat karo.",
 25000,100000,"operations-executive","navi-mumbai",0,"BoostKart Services",False,None,"9326740185",None,[])
S("money_mule","hinglish","Account Handling Job - Commission Per Transaction",
 "Apne bank account me company ka payment receive karo aur bataye gaye account me transfer karo. Har lakh pe Rs 3,000 commission. Sirf 2 ghante ka kaam. Jiske paas 2 se zyada account aur net banking hai wahi contact kare.",
 30000,90000,"accounts-assistant","kalyan-dombivli",0,"Shree Ganesh Traders",False,None,"8169523047",None,[])
S("money_mule","hinglish","Current Account Kiraye Pe Dena Hai? Monthly Income",
 "Agar aapke naam pe current account ya Udyam registration hai to hum usse gaming payment ke liye kiraye pe lenge. Monthly Rs 30,000 fix. Cheque book, ATM card aur SIM humko dena hoga. 100% safe, agreement milega.",
 30000,30000,"operations-executive","bhiwandi",0,"RK Payment Solutions",False,None,"7378201469",None,[])
S("identity_harvest","hinglish","Joining Form Bharo - Online Typing Job",
 "Selection ho gaya hai. Joining form me apna Aadhaar, PAN, bank account, IFSC aur ATM card ke last 6 digit bharo taki salary setup ho sake. Form WhatsApp pe bhejo, uske baad joining letter aur kaam milega.",
 18000,30000,"data-entry-operator","solapur",0,"Typing Seva Online",False,None,"6307418295",None,[])
S("identity_harvest","hinglish","SIM Activation Executive - Per SIM Payment",
 "Naye SIM activate karne ka kaam, har SIM pe Rs 200. Aapko apne Aadhaar se thumb lagakar SIM activate karna hai aur SIM hamare field boy ko dena hai. Roz 5-10 SIM. Turant payment cash me.",
 20000,45000,"kyc-compliance-executive","ulhasnagar",0,"Jio Point Distribution Helpers",False,None,"9028361745",None,[])
S("overseas_trafficking","hinglish","Thailand Me Customer Support Job - Free Visa Ticket",
 "Thailand ki IT company me customer support aur typing ka kaam. Salary 80-90 hazaar, rehna khana free. Visa ticket company dega. Sirf passport aur English basic chahiye. 10 din me flight. Interview WhatsApp video pe.",
 80000,90000,"customer-service-representative","pune",0,"Bangkok Job Connect",False,None,"8390127456",None,["meals"])
S("overseas_trafficking","hinglish","Cambodia Chat Process - Single Boys Only",
 "Cambodia me chat process job, social media pe customers se baat karni hai. Salary dollar me, target pe bonus. Tourist visa pe jaana hai, wahan company work permit banayegi. Airport pe hamara banda lene aayega. Passport company ke paas safe rahega.",
 90000,110000,"chat-support-executive","mumbai",0,"Asia Pacific Careers",False,None,"9076312584",None,["meals","incentives"])
S("brand_impersonation","hinglish","Flipkart Me Back Office Job - Direct Offer Letter",
 "Flipkart warehouse office ke liye back office staff. 12th pass apply kare. Offer letter email pe aayega Flipkart letterhead pe. Uniform aur ID card charge Rs 1,500 HR ke UPI pe bhejna hai. Joining Bhiwandi hub.",
 18000,22000,"back-office-executive","bhiwandi",0,"Flipkart HR Team",False,None,"7499321086","flipkart.hrteam.jobs@gmail.com",["pf"])
S("brand_impersonation","hinglish","Airport Customer Service - IndiGo Air India Hiring",
 "Mumbai airport pe customer service agent ki bharti, IndiGo aur Air India dono ke liye. 12th pass freshers chalega. Registration Rs 2,500, uske baad online interview aur medical Rs 4,500. Appointment letter 7 din me.",
 25000,35000,"customer-service-representative","mumbai",0,"Aviation Jobs India",False,None,"8928035179","aviationjobs.india@gmail.com",["cab"])
S("fake_consultancy_fee","hinglish","BPO Job Pakki - Consultancy Se",
 "Humari consultancy se 500+ logo ki BPO me job lagi hai. Aap bhi resume leke Thane office aao. Service charge Rs 3,000 dena hoga, job nahi lagi to 50% wapas. Interview roz hote hai.",
 14000,25000,"call-centre-agent","thane",0,"Sai Kripa Placement",False,None,"9619740382",None,[])
S("typing_captcha_penalty","hinglish","Form Filling Kaam - Agreement Ke Saath",
 "Ghar se form filling ka kaam. 500 form 7 din me bharne hai, accuracy 90% chahiye. Joining pe online agreement sign hoga. Kaam time pe nahi kiya ya galat kiya to agreement ke hisaab se penalty lagegi aur legal notice aayega.",
 20000,25000,"data-entry-operator","amravati",0,"Form Bharo Online",False,None,"7218403965",None,[])
S("deducted_or_deferred_fee","hinglish","Telecaller Job Vashi - Koi Fees Nahi",
 "Registration free hai, interview free hai. Bas joining ke baad pehli salary me se Rs 6,000 training aur ID ka kata jayega. 6 mahine se pehle chhoda to Rs 20,000 bond dena padega. Hindi Marathi bolne wale chahiye.",
 14000,17000,"telecaller","navi-mumbai",0,"Prime Tele Services",False,None,"8422013694",None,["incentives"])
S("phishing_payment_link","hinglish","Job Confirm Karne Ke Liye Link Pe Rs 10 Pay Karo",
 "Aapka resume customer support ke liye shortlist hua hai. Job confirm karne ke liye SMS wale link pe sirf Rs 10 verification pay karo aur OTP daalo. Uske baad HR call karega aur offer letter bhejega.",
 18000,28000,"customer-service-representative","nashik",0,"Naukri Fast Verify",False,None,"9623107548",None,[])
S("mlm_product_kit","hinglish","Office Job + Business Opportunity - Freshers",
 "Freshers ke liye office job Pune me. Pehle 1 hafta training, phir hamare products ka kit Rs 9,999 me lena hoga, uske baad apni team banao aur commission kamao. Salary aur incentive dono. Seminar Saturday ko.",
 15000,80000,"admin-executive","pune",0,"Swasthya Life Network",False,None,"9860174235",None,["training"])
S("crypto_trading_job","hinglish","Part Time Trading Helper - Ghar Se",
 "Hamare sir ke signals follow karke app pe trade karna hai. Shuru me Rs 5,000 deposit karo, roz 4% return. Jitna zyada deposit utna zyada profit. Team WhatsApp group me sab log kama rahe hai.",
 30000,150000,"operations-executive","nagpur",0,"Profit Guru Team",False,None,"7887041293",None,[])
S("backdoor_govt_bank_job","hinglish","Bank Me Permanent Job - Bina Exam",
 "Sarkari bank ke back office me permanent naukri bina exam ke. Setting hai. 12th aur graduate dono chalega. Total kharcha 3 lakh, aadha appointment letter milne pe. Pehle documents WhatsApp karo.",
 30000,40000,"back-office-executive","chhatrapati-sambhajinagar",0,"Sarkari Naukri Sahayata Kendra",False,None,"9158024736",None,["pf"])

# ---- Hindi (Devanagari) scams (12) ----
S("registration_fee","hi","घर बैठे डाटा एंट्री का काम - रोज़ भुगतान",
 "घर बैठे मोबाइल या कंप्यूटर से डाटा एंट्री करें और हर दिन 1000 से 2000 रुपये कमाएं। कोई अनुभव ज़रूरी नहीं। केवल 750 रुपये का रजिस्ट्रेशन शुल्क देना है, उसके बाद तुरंत काम मिलेगा। भुगतान हर शाम बैंक खाते में।",
 30000,60000,"data-entry-operator","nagpur",0,"भारत डाटा सर्विसेज़",False,None,"9175032648",None,[])
S("refundable_security_deposit","hi","कस्टमर केयर एग्ज़ीक्यूटिव - वर्क फ्रॉम होम",
 "प्रतिष्ठित कंपनी में घर से कस्टमर केयर का काम। कंपनी लैपटॉप और हेडसेट घर भेजेगी, जिसके लिए 6,000 रुपये की वापसी योग्य सिक्योरिटी राशि जमा करनी होगी। तीन महीने बाद यह राशि वेतन के साथ लौटा दी जाएगी। हिंदी और थोड़ी अंग्रेज़ी आनी चाहिए।",
 18000,22000,"customer-service-representative","mumbai",0,"सुविधा केयर सॉल्यूशंस",False,None,"8806124357","suvidhacare.hr@gmail.com",[])
S("prepaid_task_review","hi","पार्ट टाइम जॉब - वीडियो लाइक करें, पैसे कमाएं",
 "यूट्यूब वीडियो लाइक करके स्क्रीनशॉट भेजें और हर टास्क पर 50 रुपये पाएं। जॉइनिंग फ्री है। टेलीग्राम ग्रुप में काम दिया जाएगा। बड़े टास्क के लिए थोड़ी राशि जमा करनी होती है जो कमीशन के साथ वापस मिलती है।",
 25000,80000,"data-entry-operator","pune",0,"डिजिटल प्रमोशन टीम",False,None,"7620481593",None,[])
S("money_mule","hi","पेमेंट असिस्टेंट - घर से काम",
 "आपके बैंक खाते में ग्राहकों का पैसा आएगा, आपको उसे बताए गए खाते में भेजना है। हर लेन-देन पर 5% कमीशन। रोज़ सिर्फ़ 1-2 घंटे का काम। नेट बैंकिंग और यूपीआई चालू होना चाहिए।",
 30000,80000,"accounts-assistant","thane",0,"ग्लोबल ट्रेड लिंक",False,None,"9321065748",None,[])
S("identity_harvest","hi","बैक ऑफिस नौकरी - सीधी जॉइनिंग",
 "विक्रोली ऑफिस में बैक ऑफिस एग्ज़ीक्यूटिव की सीधी भर्ती। वेतन खाता खोलने के लिए आधार, पैन, पासबुक की फोटो व्हाट्सएप पर भेजें। एचआर एक ओटीपी भेजेगा, ई-केवाईसी पूरा करने के लिए वह ओटीपी एचआर को बताएं। ऑफर लेटर दस्तावेज़ मिलने के बाद भेजा जाएगा।",
 15000,19000,"back-office-executive","mumbai",0,"प्रगति बिज़नेस सर्विसेज़",False,None,"8879014236",None,["pf"])
S("overseas_trafficking","hi","थाईलैंड में कस्टमर सपोर्ट की नौकरी - फ्री वीज़ा",
 "थाईलैंड की आईटी कंपनी में कस्टमर सपोर्ट और टाइपिंग का काम। वेतन 1000 डॉलर, रहना-खाना मुफ्त। वीज़ा और टिकट कंपनी देगी। सिर्फ़ पासपोर्ट और बेसिक अंग्रेज़ी चाहिए। दस दिन में उड़ान।",
 80000,90000,"customer-service-representative","nashik",0,"एशिया जॉब्स कंसल्टेंसी",False,None,"9604218735",None,["meals"])
S("brand_impersonation","hi","अमेज़न वर्क फ्रॉम होम - कस्टमर सर्विस",
 "अमेज़न इंडिया में घर से कस्टमर सर्विस की नौकरी। कोई इंटरव्यू नहीं, सीधी जॉइनिंग। वेतन 32,000 रुपये। ऑफर लेटर पाने के लिए मेडिक्लेम और लैपटॉप बीमा के 3,200 रुपये जमा करें।",
 32000,32000,"customer-service-representative","mumbai",0,"Amazon India भर्ती विभाग",False,None,"7021839465","amazonindia.bharti@gmail.com",["health-insurance"])
S("fake_consultancy_fee","hi","बैंक और बीपीओ में नौकरी की गारंटी",
 "हमारी कंसल्टेंसी के माध्यम से बैंक बैक ऑफिस और बीपीओ में पक्की नौकरी। रजिस्ट्रेशन शुल्क 2,000 रुपये और नौकरी लगने के बाद पहली तनख्वाह का आधा हिस्सा। इंटरव्यू हर दिन।",
 15000,25000,"back-office-executive","pune",0,"रोज़गार प्लेसमेंट सर्विस",False,None,"9011723486",None,[])
S("typing_captcha_penalty","hi","कैप्चा टाइपिंग का काम - घर से",
 "घर से कैप्चा टाइपिंग का काम। हर स्लॉट में 100 कैप्चा। 90% सटीकता ज़रूरी। जॉइनिंग पर ऑनलाइन एग्रीमेंट साइन होगा; काम समय पर जमा नहीं किया तो एग्रीमेंट के अनुसार जुर्माना और कानूनी नोटिस।",
 15000,35000,"data-entry-operator","solapur",0,"कैप्चा वर्क इंडिया",False,None,"7350269148",None,[])
S("deducted_or_deferred_fee","hi","टेलीकॉलर की नौकरी - कोई फीस नहीं",
 "रजिस्ट्रेशन और इंटरव्यू बिल्कुल फ्री। जॉइनिंग के बाद पहली सैलरी से 5,500 रुपये ट्रेनिंग और आईडी कार्ड के काटे जाएंगे। छह महीने से पहले नौकरी छोड़ने पर 18,000 रुपये बॉन्ड राशि देनी होगी।",
 13000,16000,"telecaller","kalyan-dombivli",0,"श्री टेली सर्विसेज़",False,None,"8433902176",None,["incentives"])
S("backdoor_govt_bank_job","hi","सरकारी बैंक में बिना परीक्षा नौकरी",
 "सरकारी बैंक के बैक ऑफिस में मैनेजमेंट कोटा से सीधी भर्ती, कोई परीक्षा नहीं। 12वीं और स्नातक पात्र। कुल खर्च 2.5 लाख रुपये, आधा नियुक्ति पत्र मिलने पर। पहले अपने दस्तावेज़ व्हाट्सएप करें।",
 30000,40000,"back-office-executive","nagpur",0,"सरकारी रोज़गार सहायता केंद्र",False,None,"9403187265",None,["pf"])
S("overseas_visa_fee","hi","दुबई बीपीओ में कस्टमर सर्विस की नौकरी",
 "दुबई की बड़ी बीपीओ कंपनी में कस्टमर सर्विस एग्ज़ीक्यूटिव चाहिए। वेतन 4000 दिरहम, रहने की सुविधा। वीज़ा प्रोसेसिंग के 60,000 रुपये दो किश्तों में देने होंगे। इंटरव्यू हर शनिवार अंधेरी ऑफिस में।",
 85000,90000,"customer-service-representative","mumbai",1,"गल्फ करियर मैनपावर",False,None,"9987316204",None,["meals"])

# ---- Marathi scams (14): Devanagari + some Roman Marathi ----
S("registration_fee","mr","घरबसल्या डेटा एंट्रीचे काम - रोज पेमेंट",
 "घरबसल्या मोबाईलवरून डेटा एंट्री करा आणि दररोज 800 ते 1500 रुपये कमवा. अनुभवाची गरज नाही, दहावी पास चालेल. फक्त 600 रुपये नोंदणी शुल्क भरावे लागेल, त्यानंतर लगेच काम मिळेल.",
 24000,45000,"data-entry-operator","kolhapur",0,"महा डेटा वर्क्स",False,None,"9527104863",None,[])
S("refundable_security_deposit","mr","बॅक ऑफिस एक्झिक्युटिव्ह - ठाणे",
 "ठाणे वागळे इस्टेट येथील ऑफिससाठी बॅक ऑफिस एक्झिक्युटिव्ह हवे आहेत. एक्सेलचे ज्ञान आवश्यक. जॉइनिंगच्या वेळी 7,000 रुपये परत मिळणारी सिक्युरिटी डिपॉझिट भरावी लागेल, एक वर्ष पूर्ण झाल्यावर परत मिळेल. पीएफ आणि ईएसआय मिळेल.",
 16000,20000,"back-office-executive","thane",0,"श्री समर्थ सर्व्हिसेस",False,None,"8655219073",None,["pf","esi"])
S("training_kit_fee","mr","टेलिकॉलर ट्रेनिंग आणि नोकरीची हमी",
 "आमचा 10 दिवसांचा टेलिकॉलिंग कोर्स पूर्ण करा (फी फक्त 3,500 रुपये) आणि नोकरी पक्की. कोर्समध्ये संवाद कौशल्य, सीआरएम आणि विक्री स्क्रिप्ट शिकवले जाईल. प्रमाणपत्र मिळेल. बॅच दर सोमवारी पुण्यात.",
 12000,18000,"telecaller","pune",0,"यशस्वी कॉल सेंटर अकॅडमी",False,None,"7378015926",None,["training"])
S("prepaid_task_review","mr","पार्ट टाइम जॉब - हॉटेलला रेटिंग द्या",
 "मोबाईलवरून हॉटेल आणि रेस्टॉरंटला रेटिंग द्या आणि प्रत्येक टास्कला 150 रुपये मिळवा. जॉइनिंग मोफत. पुढच्या लेव्हलसाठी वॉलेट रिचार्ज करावे लागते, रक्कम कमिशनसह परत मिळते. टेलिग्राम ग्रुपवर काम दिले जाते.",
 30000,90000,"back-office-executive","chhatrapati-sambhajinagar",0,"रेटिंग प्रो मार्केटिंग",False,None,"9146027358",None,[])
S("money_mule","mr","खाते वापरासाठी मासिक उत्पन्न",
 "तुमच्या नावावर करंट अकाउंट असेल तर आम्ही ते पेमेंटसाठी भाड्याने घेऊ. दरमहा 25,000 रुपये निश्चित. चेकबुक, एटीएम कार्ड आणि सिम आम्हाला द्यावे लागेल. पूर्ण सुरक्षित, करार मिळेल.",
 25000,25000,"operations-executive","pune",0,"साई पेमेंट सोल्युशन्स",False,None,"8605391472",None,[])
S("identity_harvest","mr","ऑनलाइन टायपिंग जॉब - जॉइनिंग फॉर्म",
 "तुमची निवड झाली आहे. पगार सेटअपसाठी जॉइनिंग फॉर्ममध्ये आधार, पॅन, बँक खाते क्रमांक, आयएफएससी आणि डेबिट कार्डचे शेवटचे अंक भरा. फॉर्म व्हॉट्सअ‍ॅपवर पाठवा, त्यानंतर जॉइनिंग लेटर मिळेल.",
 18000,30000,"data-entry-operator","nashik",0,"टायपिंग सेवा ऑनलाइन",False,None,"7264019385",None,[])
S("overseas_trafficking","mr","परदेशात कस्टमर सपोर्ट नोकरी - मोफत व्हिसा",
 "थायलंड आणि कंबोडियामधील आयटी कंपनीत कस्टमर सपोर्ट आणि टायपिंगचे काम. पगार डॉलरमध्ये, राहणे-जेवण मोफत. टुरिस्ट व्हिसावर जायचे आहे, तिथे वर्क परमिट मिळेल. पासपोर्ट कंपनीकडे सुरक्षित ठेवला जाईल.",
 85000,100000,"chat-support-executive","nagpur",0,"एशिया करिअर लिंक",False,None,"9370528164",None,["meals"])
S("brand_impersonation","mr","फ्लिपकार्ट बॅक ऑफिस भरती - भिवंडी",
 "फ्लिपकार्ट वेअरहाऊस ऑफिससाठी बॅक ऑफिस कर्मचारी हवे. बारावी पास अर्ज करू शकतात. ऑफर लेटर ईमेलवर येईल. युनिफॉर्म आणि आयडी कार्डचे 1,600 रुपये एचआरच्या यूपीआयवर पाठवावे लागतील.",
 18000,22000,"back-office-executive","bhiwandi",0,"Flipkart भरती विभाग",False,None,"8793016245","flipkart.bharti.mh@gmail.com",["pf"])
S("fake_consultancy_fee","mr","कॉल सेंटर नोकरी १००% खात्री - कन्सल्टन्सी",
 "आमच्या कन्सल्टन्सीमार्फत मुंबई, ठाणे आणि नवी मुंबईतील कॉल सेंटरमध्ये नोकरी. सर्व्हिस चार्ज 3,500 रुपये, अर्धा नोंदणीवेळी आणि अर्धा ऑफरनंतर. बायोडाटा घेऊन डोंबिवली ऑफिसला या.",
 14000,22000,"call-centre-agent","kalyan-dombivli",0,"मंगलमूर्ती प्लेसमेंट",False,None,"9823601457",None,[])
S("typing_captcha_penalty","mr","फॉर्म फिलिंगचे काम - घरबसल्या",
 "घरून फॉर्म फिलिंगचे काम. 600 फॉर्म 6 दिवसांत भरायचे, अचूकता 90% हवी. जॉइनिंगला ऑनलाइन करार सही करावा लागेल. काम वेळेत पूर्ण न केल्यास कराराप्रमाणे दंड आणि कायदेशीर नोटीस येईल.",
 20000,25000,"data-entry-operator","amravati",0,"फॉर्म वर्क महाराष्ट्र",False,None,"7083219564",None,[])
S("deducted_or_deferred_fee","mr","ग्राहक सेवा प्रतिनिधी - ऐरोली",
 "कोणतीही नोंदणी फी नाही. टेलिकॉम क्लायंटसाठी ग्राहक सेवा टीममध्ये सामील व्हा. 15 दिवस ट्रेनिंग. पहिल्या पगारातून 6,500 रुपये ऑनबोर्डिंग शुल्क कापले जाईल; सहा महिन्यांआधी नोकरी सोडल्यास 22,000 रुपये ट्रेनिंग खर्च भरावा लागेल.",
 16000,19000,"customer-service-representative","navi-mumbai",0,"टेलीसेवा बीपीओ",False,None,"9619024387",None,["pf","training"])
S("registration_fee","mr","Call centre job Pune - freshers sathi",
 "Hinjewadi madhe domestic call centre sathi freshers pahije. Pagar 15 te 18 hajar, Sunday suttī. Interview la yetana 400 rupaye form fee bharavi lagel, pavati milel. Resume ani Aadhaar copy gheun ya.",
 15000,18000,"call-centre-agent","pune",0,"Sahyadri BPO Services",False,None,"8624017935",None,["incentives"])
S("prepaid_task_review","mr","Ghar baslya kaam - YouTube like kara",
 "YouTube video like karun screenshot pathva ani pratyek task la 50 rupaye milva. Joining free ahe. Pudhche motha task sathi thodi rakkam bharavi lagte, ti commission sobat parat milte. Telegram group madhe add karu.",
 25000,75000,"data-entry-operator","solapur",0,"Promo Marathi Digital",False,None,"7719604328",None,[])
S("mlm_product_kit","mr","Office job ani business sandhi - Nashik",
 "Nashik office madhe admin sathi freshers pahije. Pahile 15 divas training, nantar aamche product kit 10,500 rupayat ghyave lagel ani swatachi team banvaychi. Pagar ani commission donhi. Ravivari seminar.",
 15000,60000,"admin-executive","nashik",0,"Arogya Sampada Network",False,None,"9405217683",None,["training"])
