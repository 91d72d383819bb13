from common import H
# Hinglish honest postings

H("hinglish","Call centre job Andheri - Hindi voice, freshers chalega",
 "Andheri East (Marol) office mein inbound Hindi voice process ke liye bharti. 12th pass ya graduate, freshers bhi apply kar sakte hain. Salary 15,500 in hand + PF, ESI. 5 din ki training paid hai. Interview ke liye koi paisa nahi lagta, seedha office aao resume lekar.",
 (15500,17000),"call-centre-agent","mumbai",0,"Saksham Teleservices Pvt Ltd",True,"sakshamtele.in","9867014429","hr@sakshamtele.in",["pf","esi","training"])

H("hinglish","Back office ki naukri Thane - Excel aana chahiye",
 "Thane West office ke liye back office executive chahiye. Kaam: billing entry, Excel report aur courier record. Graduate ho aur Excel mein VLOOKUP aata ho. Timing 10 se 7, Sunday off. Salary bank mein har mahine 5 tarikh tak.",
 (15000,18000),"back-office-executive","thane",0,"Mangalmurti Distributors",True,"mangalmurtidist.in","9820417763","accounts@mangalmurtidist.in",["pf"])

H("hinglish","Walk-in interview - Telecaller, Vashi (Kal aur parso)",
 "Kal aur parso walk-in, subah 11 se dopahar 3 baje tak. Pata: Sector 17 Vashi, bus depot ke saamne, 2nd floor. Saath mein resume, Aadhaar aur marksheet ki ek copy lana. Insurance renewal calling ka kaam hai, fixed + incentive. Company koi fees nahi leti.",
 (14000,17000),"telecaller","navi-mumbai",0,"Trust Insurance Services",True,"trustinsservices.in","9702146637","walkin@trustinsservices.in",["incentives","pf","esi"])

H("hinglish","Data entry job Kalyan - office mein, typing test hoga",
 "Kalyan West office mein data entry operator chahiye. Typing 30 wpm honi chahiye, interview mein test lenge. Monthly fix salary hai, per page wala kaam nahi. Timing 9:30 se 6:30.",
 (12000,14000),"data-entry-operator","kalyan-dombivli",0,"Saibaba Logistics Office",False,None,"9930471126","saibabalogistics.kyn@gmail.com",["pf"])

H("hinglish","Customer care executive - joining bonus 5000, Pune",
 "Kharadi office mein customer care executive ki bharti. Freshers ko 5,000 joining bonus milega (doosri salary ke saath). Hindi aur English mein baat karni aani chahiye. Rotational shift, raat ko cab drop. Koi registration charge nahi hai.",
 (17000,20000),"customer-service-representative","pune",0,"Eastwind Customer Services",True,"eastwindcs.in","9881047726","careers@eastwindcs.in",["incentives","cab","pf","esi"])

H("hinglish","International voice US shift - Airoli, 28k tak salary",
 "US shift international voice process, Airoli. Fluent English zaruri hai. Shift raat 7:30 se subah 4:30, dono taraf cab aur dinner. Salary 24k se 28k, experience ke hisaab se. Interview: HR, English test, ops round.",
 (24000,28000),"international-voice-agent","navi-mumbai",0,"Bayview Global Solutions",True,"bayviewglobal.in","9619407731","hiring@bayviewglobal.in",["cab","meals","pf","health-insurance"])

H("hinglish","Work from home chat support - laptop company dega",
 "Ghar se chat support ka kaam, e-commerce company ke liye. Company laptop degi, koi deposit nahi. Training online 10 din ki, salary ke saath. Sirf Maharashtra ke candidates. Offer letter sirf company email se aayega.",
 (16000,19000),"chat-support-executive","pune",0,"Cartify Retail Pvt Ltd",True,"cartify.in","9767317742","cx.jobs@cartify.in",["training","pf","health-insurance"])

H("hinglish","Team leader chahiye - collections process, Lower Parel",
 "Credit card collections ke liye team leader, kam se kam 2 saal TL ka experience. 15-18 agents ki team. Salary 45k tak + monthly incentive. Interview 3 round mein.",
 (40000,45000),"team-lead","mumbai",2,"Resolve Credit Services",True,"resolvecredit.in","9819741126","tl.jobs@resolvecredit.in",["incentives","pf","health-insurance"])

H("hinglish","Accounts assistant - Tally aana chahiye, Nagpur",
 "Nagpur ki trading firm ko accounts assistant chahiye. Tally entry, bank reconciliation aur GST data. B.Com ho to achha. Gmail pe CV bhejo ya seedha dukaan pe aao Itwari mein.",
 (12000,15000),"accounts-assistant","nagpur",0,"Jain Kirana Wholesale",False,None,"9422137764","jainkirana.ngp@gmail.com",[])

H("hinglish","Telecaller job - loan ke liye calling, payment customer seedha bank ko karta hai",
 "Personal loan leads ko call karke document pickup fix karna hai. Aapko kabhi bhi customer se paisa ya OTP nahi lena hai, sab bank ke app pe hota hai. Fixed 14k + incentive. Goregaon office, day shift.",
 (14000,16000),"telecaller","mumbai",0,"Lendwise DSA Services",True,"lendwise.in","9833471162","jobs@lendwise.in",["incentives","pf","esi"])

H("hinglish","MIS executive - advanced Excel, Hinjewadi",
 "MIS executive chahiye jise pivot, VLOOKUP, macros aata ho. Daily aur monthly reports banani hongi. 2 saal experience. Hinjewadi Phase 1, day shift. Salary 30k tak.",
 (25000,30000),"mis-executive","pune",2,"Datacraft Services",True,"datacraftservices.in","9960417723","jobs@datacraftservices.in",["pf","health-insurance"])

H("hinglish","KYC executive - BKC, documents joining ke din lana",
 "Mutual fund KYC verification ka kaam, BKC office. Joining ke din original PAN, Aadhaar, degree aur 2 photo lana, HR dekh ke wapas kar dega. 0-1 saal experience wale graduate apply karein. Koi fees nahi.",
 (19000,23000),"kyc-compliance-executive","mumbai",0,"Fundline Services Pvt Ltd",True,"fundline.in","9004716628","hr@fundline.in",["pf","health-insurance"])

H("hinglish","Consultancy se hiring - candidate se koi paisa nahi",
 "Hum ek recruitment consultancy hain, Malad aur Goregaon ki BPO companies ke liye hiring kar rahe hain. Humari fees company deti hai, candidate se kabhi bhi paisa nahi lete. Agar koi humare naam se paisa maange to humein turant batao.",
 (15000,21000),"call-centre-agent","mumbai",0,"Shreeji Placement Services",True,"shreejiplacement.in","9821047713","jobs@shreejiplacement.in",["pf","cab"])

H("hinglish","Help desk job - IT support, Pune - night shift cab",
 "IT help desk L1 support, laptop aur VPN issues. Diploma ya BSc IT. 24x7 rotational shift, raat ko cab. Company laptop aur phone dega, salary se kuch nahi katega.",
 (20000,25000),"help-desk-technician","pune",1,"Nexgen Infra Support",True,"nexgeninfra.in","9850471163","careers@nexgeninfra.in",["cab","pf","health-insurance"])

H("hinglish","Quality analyst - voice process, Vashi",
 "Voice process ke liye QA chahiye, 1 saal QA experience ya 2 saal achhe agent ka record. Calls audit karke feedback dena hai. Vashi office, rotational shift.",
 (25000,30000),"quality-analyst","navi-mumbai",1,"Clarion BPO",True,"clarionbpo.in","9702416633","qa.jobs@clarionbpo.in",["cab","pf"])

H("hinglish","Back office - hospital TPA desk, Nashik",
 "Hospital ke TPA desk pe cashless approval ki files banana aur insurance company se follow up. Graduate, 1 saal experience ho to achha. Rotational shift, raat ka khana free.",
 (17000,21000),"operations-executive","nashik",1,"Sanjeevani Hospital Nashik",True,"sanjeevaninashik.org","9422017736","hr@sanjeevaninashik.org",["meals","pf","esi"])

H("hinglish","Customer support - Marathi aur Hindi, Kolhapur",
 "Dairy company ke helpline pe customer support, Marathi aur Hindi zaruri. Day shift, Sunday off. Salary 12k + attendance bonus. Shivaji Park ke paas office.",
 (12000,13500),"customer-service-representative","kolhapur",0,"Panchganga Dairy Products",True,"panchgangadairy.in","9850317724","hr@panchgangadairy.in",["pf","esi","incentives"])

H("hinglish","Operations manager - BPO, 10 LPA tak",
 "100 seat domestic BPO ke liye operations manager chahiye. 8+ saal experience, 3 saal manager. CTC 10 LPA tak + bonus. Chhatrapati Sambhajinagar location.",
 (75000,85000),"operations-manager","chhatrapati-sambhajinagar",8,"Marathwada Business Services",True,"marathwadabs.in","9823047714","leaders@marathwadabs.in",["health-insurance","pf","incentives"])

H("hinglish","Part time data entry - shaam 5 se 9, Dombivli",
 "Shaam ko part time data entry, 5 se 9 baje, Dombivli East. Students chalenge. Fix monthly salary 7,500. Office aakar typing test do.",
 (7500,7500),"data-entry-operator","kalyan-dombivli",0,"Om Diagnostic Lab",False,None,"9819471123",None,[])

H("hinglish","Email support - travel company, ghar se kaam (Pune ke log)",
 "Travel company ke liye email support, 2 hafte office mein training phir ghar se kaam. English likhna achha hona chahiye. Laptop company degi, koi deposit nahi. Salary ke saath PF.",
 (18000,21000),"email-support-executive","pune",0,"Tripnest Holidays",True,"tripnest.in","9011476623","careers@tripnest.in",["training","pf"])

H("hinglish","Documentation executive - export firm, Turbhe",
 "Export documentation ka kaam: invoice, packing list, shipping bill. Commerce graduate, fresher bhi chalega. Turbhe MIDC office. Koi agent nahi hai, hum seedha hire karte hain.",
 (17000,21000),"documentation-executive","navi-mumbai",0,"Sagar Exim Pvt Ltd",True,"sagarexim.in","9769047731","hr@sagarexim.in",["pf","esi"])

H("hinglish","Reconciliation executive - payments, Powai",
 "UPI aur card settlement files ko ledger se match karna, breaks check karna. B.Com, 1 saal experience. Aapke personal account se koi transaction nahi hoga, sab company system mein. Powai, day shift.",
 (23000,28000),"reconciliation-executive","mumbai",1,"Payvault Technologies",True,"payvault.in","9920714462","people@payvault.in",["pf","health-insurance"])

H("hinglish","Trainer chahiye - BPO process training, Thane",
 "New joiners ko process aur soft skills training dene ke liye trainer chahiye. 3 saal training experience. Salary 45k tak. Thane Wagle Estate office.",
 (38000,45000),"training-specialist","thane",3,"Pratham Business Process",True,"prathambp.in","9892714476","training.hr@prathambp.in",["pf","health-insurance"])

H("hinglish","Admin executive - factory office, Ambernath",
 "Ambernath MIDC factory office mein admin executive chahiye. Attendance, canteen, housekeeping vendor sambhalna. Company bus Kalyan se. General shift.",
 (17000,21000),"admin-executive","ambernath",1,"Ganesh Polymers Ltd",True,"ganeshpolymers.in","9820714439","admin@ganeshpolymers.in",["cab","meals","pf","esi"])

H("hinglish","Customer care - electricity helpline, Marathi zaruri",
 "Bijli helpline pe customer care, Marathi zaruri. 24x7 rotational shift, ladies ki shift raat 10 baje tak hi. Contract humari company ke through, PF ESI ke saath.",
 (13000,15000),"customer-service-representative","nashik",0,"Godavari Helpline Services",True,"godavarihelpline.in","9423147728","jobs@godavarihelpline.in",["pf","esi"])

H("hinglish","Senior chat agent - UK shift, Kharadi",
 "UK shift chat process, dopahar 1 se raat 10. Achhi English typing 35 wpm. International experience walon ko 30k tak. Drop cab milegi.",
 (22000,30000),"chat-support-executive","pune",1,"Brightline CX",True,"brightlinecx.in","9881407715","hiring@brightlinecx.in",["cab","pf","incentives"])

H("hinglish","Telecaller - coaching institute admissions, Nagpur",
 "Students ko call karke coaching batches ki jaankari dena aur campus visit fix karna. Fees students seedha institute ko dete hain, telecaller paisa nahi leta. Fix + admission incentive.",
 (13000,16000),"telecaller","nagpur",0,"Gyanodaya Classes",True,"gyanodayaclasses.in","9673147725","jobs@gyanodayaclasses.in",["incentives"])

H("hinglish","Back office - bank operations, Airoli (FAQ)",
 "Bank ke account opening forms process karne ka kaam, Airoli. Kya koi fees hai? Nahi. Company payroll pe? Haan, PF aur ESI ke saath. Night shift? Nahi. 2024-26 ke graduates apply karein.",
 (16000,18500),"back-office-executive","navi-mumbai",0,"Trident Bank Operations",True,"tridentbankops.in","9619474418","careers@tridentbankops.in",["pf","esi","health-insurance"])

H("hinglish","Tech support - broadband, night shift, Andheri",
 "Broadband aur Wi-Fi ki problems phone pe solve karni hain. Router, IP ki basic samajh ho. Night shift 10 se 7, night allowance aur dono taraf cab.",
 (21000,26000),"technical-support-specialist","mumbai",1,"Netlink Home Broadband",True,"netlinkhome.in","9820674415","jobs@netlinkhome.in",["cab","pf"])

H("hinglish","Customer service - car service centre, Sambhajinagar",
 "Service centre pe customer ka swagat, job card banana, service reminder calls. Marathi aur Hindi. Sunday off. Uniform free.",
 (12500,15000),"customer-service-representative","chhatrapati-sambhajinagar",0,"Deccan Auto Works",True,"deccanauto.in","9823471165","hr@deccanauto.in",["pf","esi"])

H("hinglish","HR ops executive - payroll, PF/ESI, Kharadi",
 "Payroll inputs, PF aur ESI challan, joining paperwork. Candidates ke documents sirf HRMS pe lete hain, WhatsApp pe nahi. 2 saal experience.",
 (27000,33000),"hr-operations-executive","pune",2,"Unity Facility Services",True,"unityfs.in","9850714426","hrops@unityfs.in",["pf","health-insurance"])

H("hinglish","Chat support - gaming app, Mira Road",
 "Fantasy sports app ke users ki chat pe madad karni hai, account aur withdrawal sawaal. Aap khud koi paisa receive ya send nahi karoge. Freshers chalenge, typing fast ho.",
 (17000,20000),"chat-support-executive","mira-bhayandar",0,"Fanplay Technologies",True,"fanplay.in","9819074463","careers@fanplay.in",["pf","health-insurance"])

H("hinglish","Senior process associate - US mortgage, Pune, 5 LPA",
 "US mortgage back office, 2 saal experience. US shift 6:30 pm se 3:30 am, cab, dinner, night allowance. Jaldi join karne walon ko 15,000 joining bonus.",
 (36000,42000),"back-office-executive","pune",2,"Homeline Mortgage Services",True,"homelinems.in","9960714437","talent@homelinems.in",["cab","meals","pf","incentives"])

H("hinglish","Hostel deposit company degi - data entry, Panvel (ladies)",
 "Bahar se aane wali ladies ke liye company tie-up hostel ka deposit khud bharegi, aapko sirf mahine ka kiraya dena hai. Kaam: insurance forms ki data entry. 12th pass, 25 wpm.",
 (12000,14000),"data-entry-operator","panvel",0,"Secure Forms Processing",True,"secureforms.in","9987147726","hr@secureforms.in",["pf","esi"])

H("hinglish","Customer support - electric scooter company, Baner",
 "Scooter service booking, delivery update aur warranty claim - calls aur WhatsApp Business pe. Freshers welcome. Baner office mein free lunch.",
 (16000,20000),"customer-service-representative","pune",0,"Zipvolt Mobility",True,"zipvolt.in","9850147762","people@zipvolt.in",["meals","pf"])
