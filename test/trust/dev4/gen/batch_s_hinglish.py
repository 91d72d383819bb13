from common import S
# Hinglish (Roman Hindi) scams

S("registration_fee","hinglish","Ghar baithe data entry job - roz payment",
 "Ghar baithe mobile se data entry karo aur roz 800-1500 kamao. Koi experience nahi chahiye, 10th pass bhi apply kar sakte hain. Sirf Rs 299 registration karke ID banwao, uske baad kaam turant milega. WhatsApp pe 'HI' bhejo.",
 (24000,45000),"data-entry-operator","mumbai",0,"Ghar Se Kamai Services",False,None,"9867412093",None,[])

S("registration_fee","hinglish","Back office ki naukri - Thane/Kalyan",
 "Back office ke liye ladke ladkiyan chahiye, salary 18,000 se start. Office Thane station ke paas hai. Form bharne ka charge Rs 600 hai jo office aake cash mein dena hoga. Interview usi din hoga aur joining agle hafte se.",
 (18000,22000),"back-office-executive","thane",0,"Shubh Labh Staffing",False,None,"8452013376",None,[])

S("interview_security_deposit","hinglish","Call centre job - Interview confirm karne ke liye deposit",
 "Aapka resume select ho gaya hai call centre voice process ke liye. Interview Malad office mein Monday ko hai. Seat confirm karne ke liye Rs 1,500 refundable deposit Google Pay karna hoga, interview ke baad wapas mil jayega. Aaj shaam 6 baje tak payment nahi hua to slot kisi aur ko de diya jayega.",
 (16000,21000),"call-centre-agent","mumbai",0,"Voicecraft BPO Services",False,None,"7021349905","voicecraft.hr@gmail.com",["cab"])

S("task_prepaid","hinglish","Part time job - YouTube like karo, paise kamao",
 "Sirf YouTube videos ko like aur subscribe karna hai, har task ke Rs 50. Din ke 3000-5000 aaram se ban jaate hain. Joining bilkul free hai. Telegram group join karo, wahan mentor madam sab samjhayengi. Bade task ke liye thoda amount daalna padta hai jo commission ke saath wapas aata hai.",
 (50000,150000),"data-entry-operator","pune",0,"Tube Task India",False,None,None,"tubetask.india@gmail.com",[])

S("task_prepaid","hinglish","Google Maps review job - housewife aur students ke liye",
 "Hotels aur shops ko Google Maps pe 5 star review do aur har review ke 150 rupaye lo. Pehle 3 task free hain, payment seedha UPI pe. Uske baad 'merchant task' mein 1000 se invest karke 30% profit milta hai. Apna naam aur city bhejo.",
 (40000,100000),"data-entry-operator","navi-mumbai",0,"ReviewKaro Online",False,None,"9136047719",None,[])

S("money_mule","hinglish","Account holder chahiye - ghar baithe income",
 "Jinke paas savings ya current bank account hai, woh ghar baithe har mahine 15,000 se 40,000 kama sakte hain. Humari company aapke account mein payment bhejegi, aapko bas woh amount aage transfer karna hai. Har transaction pe 2% commission. Current account wale ko extra payment.",
 (15000,40000),"accounts-assistant","mumbai",0,"Star Fintech Services",False,None,"8097216430",None,[])

S("money_mule","hinglish","Part time cash handling job - students",
 "College students ke liye part time job. Aapke account mein online paisa aayega, ATM se nikaal ke humare banda ko dena hai. Har baar 1,000 rupaye aapke. Bas apna ATM card aur UPI chalu hona chahiye. Kisi ko batana nahi hai, confidential kaam hai.",
 (10000,30000),"operations-executive","kalyan-dombivli",0,"Quick Cash Services",False,None,"7738906215",None,[])

S("identity_harvest","hinglish","Telecaller job - Aadhaar aur PAN bhejo, joining kal se",
 "Telecalling ki job ghar se, salary 15,000 + incentive. Joining ke liye Aadhaar card, PAN card, bank passbook ki photo aur ek selfie WhatsApp karo. Phone pe ek OTP aayega, woh HR ko batana hai taki aapka employee ID ban sake. Interview ki zarurat nahi.",
 (15000,20000),"telecaller","pune",0,"Nimbus Tele Solutions",False,None,"9130045728",None,["incentives"])

S("overseas_trafficking","hinglish","Thailand mein customer support job - free visa, free ticket",
 "Thailand ki company mein customer support ka kaam, salary 90,000 se 1.2 lakh tak. Sirf English typing aani chahiye. Visa, ticket aur rehna sab company ka. Passport ready rakho, 10 din mein flight. Agent se sirf WhatsApp pe baat karo.",
 (90000,120000),"customer-service-representative","mumbai",0,"Siam Careers Agency",False,None,"9920417758",None,["meals"])

S("overseas_trafficking","hinglish","Cambodia data entry job - graduate ladke chahiye",
 "Cambodia mein data entry aur chat support ki job, 12 ghante shift, 1.5 lakh mahina. Tourist visa pe jaana hai, wahan pahunch ke company work permit bana degi. Passport company HR ke paas rahega. Jaldi contact karo, 15 seat bachi hain.",
 (150000,150000),"data-entry-operator","navi-mumbai",0,"Angkor Job Links",False,None,"8454017392",None,["meals"])

S("brand_impersonation","hinglish","Amazon mein work from home job - offer letter turant",
 "Amazon customer service mein work from home job, salary 27,000. 10 minute phone interview ke baad offer letter mail pe milega. Laptop aur mediclaim ke liye Rs 2,500 dena hoga jo pehli salary ke saath wapas. HR Priya madam se sirf is number pe baat karein.",
 (27000,27000),"customer-service-representative","pune",0,"Amazon WFH Hiring Team",False,None,"9359041127","amazonwfh.jobs@gmail.com",["health-insurance"])

S("brand_impersonation","hinglish","Airtel call centre Navi Mumbai - company payroll",
 "Airtel ke call centre mein direct company payroll pe bharti. 12th pass chalega. Salary 20,000 + PF. Online test ke liye Rs 450 fees, test pass karne par call letter SMS se aayega. Koi agent nahi hai, seedha company hiring.",
 (20000,20000),"call-centre-agent","navi-mumbai",0,"Airtel Careers Hiring Desk",False,None,"7045126693","airtel.careersdesk@gmail.com",["pf"])

S("fake_consultancy","hinglish","100% job guarantee - BPO, bank, back office",
 "Humari consultancy 200+ companies se tie-up mein hai. 100% job guarantee, nahi mila to paisa wapas. Registration Rs 2,000 aur joining ke baad pehli salary ka aadha humara charge. Interview Andheri aur Vikhroli mein. Documents aur fees lekar aao.",
 (15000,25000),"back-office-executive","mumbai",0,"Bharosa Job Consultancy",False,None,"9821406637",None,[])

S("fake_consultancy","hinglish","Bank ki back office job - file charge lagega",
 "Private bank ki back office job, BKC mein. Graduate freshers chalenge. Pehle hamare office mein screening hogi, phir bank HR se interview. File charge Rs 3,500 hai, selection ke baad. Offer letter bank letterhead pe milega 7 din mein.",
 (20000,26000),"back-office-executive","mumbai",0,"Nav Nirman Placement",False,None,"8652017749",None,[])

S("wfh_kit","hinglish","Ghar baithe pen packing kaam - ladies ke liye",
 "Ghar baithe pen packing ka kaam, mahine ke 20-25 hazaar. Maal hum ghar pe bhejenge aur packing ke baad wapas le jayenge. Pehli baar kit ka Rs 2,800 dena hoga, woh pehle payment ke saath wapas. Sirf 25 logo ki jagah bachi hai.",
 (20000,25000),"back-office-executive","bhiwandi",0,"Lakshmi Home Packing",False,None,"9028136645",None,[])

S("typing_penalty","hinglish","Form filling job - agreement ke saath",
 "Offline form filling ka kaam, 500 form 7 din mein. Salary 25,000 per project. Pehle online agreement sign karna hai. Time pe kaam nahi diya ya galti zyada hui to agreement ke hisaab se penalty deni padegi, warna legal notice aayega.",
 (25000,25000),"data-entry-operator","nagpur",0,"Prime Form Works",False,"primeformworks.in","7620193348","work@primeformworks.in",[])

S("typing_penalty","hinglish","Captcha typing - mobile se kamao",
 "Mobile pe captcha bharo, har captcha 1 rupaya. Din ke 1000 captcha = 1000 rupaye. App ID ka Rs 999 lagega 3 mahine ke liye. 95% accuracy se kam hui to ID band aur paisa zabt. Daily payment Paytm pe.",
 (20000,30000),"data-entry-operator","solapur",0,"Captcha Kamai",False,None,"8698014267",None,[])

S("training_fee_deduction","hinglish","Chat support job - training fees salary se katega",
 "E-commerce client ke liye chat support executive chahiye, Baner office. Joining se pehle 10 din ki training compulsory hai. Training fees Rs 7,000 hai, ek saath nahi de sakte to pehli do salary se katega. Training ke baad job pakki.",
 (17000,21000),"chat-support-executive","pune",0,"Skillbridge CX Jobs",False,None,"7219053318","skillbridgecx@gmail.com",["training"])

S("visit_visa_abroad","hinglish","Dubai job - visit visa pe jao, wahan work visa",
 "Dubai mein office boy, receptionist aur call centre ki job. Salary 3000-4000 dirham + rehna khana free. Visit visa 7 din mein, wahan jaake company work visa banayegi. Total kharcha 60,000, aadha abhi aadha airport pe. Jaldi karo.",
 (65000,85000),"customer-service-representative","mumbai",0,"Gulf Dream Placement",False,None,"9987104426",None,["meals"])

S("pyramid_referral","hinglish","Ghar baithe HR ki job - joining karwao, kamao",
 "Ghar baithe HR ka kaam, bas logo ko humari company join karwana hai. Apni ID activate karne ke liye Rs 1,500 lagega. Har joining pe Rs 600 commission aur team banao to extra income. Hafte mein 5 joining karwao to fixed salary bhi.",
 (15000,60000),"hr-operations-executive","pune",0,"Sapna Online Career",False,None,"9309017782",None,["incentives"])

S("salary_release_fee","hinglish","Data entry job - salary release ke liye charge",
 "Aapka kaam verify ho gaya hai aur salary 18,500 ready hai. Salary account mein bhejne se pehle one-time GST aur bank verification charge Rs 1,250 bharna hoga. Uske baad har mahine automatic salary aayegi. Yeh charge sirf pehli baar lagta hai.",
 (18500,18500),"data-entry-operator","nashik",0,"Om Sai Data Works",False,None,"8530174462",None,[])

S("backdoor_entry","hinglish","Bina interview MNC mein job - backdoor se",
 "Campus mein select nahi hue? Tension mat lo. Bina interview top MNC mein customer support aur process associate ki job dilwayenge. Asli offer letter, PF, employee ID sab milega. Amount profile ke hisaab se, aadha pehle aadha joining ke baad.",
 (22000,35000),"customer-service-representative","pune",0,"Sure Shot Careers",False,None,"9284013356",None,["pf"])

S("fake_govt_scheme","hinglish","Bank Mitra bharti 2026 - gaon aur shehar dono",
 "Sarkari yojana ke tahat Bank Mitra aur CSP agent ki bharti. Har mahine 15,000 + commission. Aavedan shulk Rs 550. Select hone ke baad Rs 12,000 security deposit jo 1 saal baad wapas milega. Last date is hafte.",
 (15000,22000),"customer-service-representative","amravati",0,"Grameen Bank Mitra Yojana Cell",False,"bankmitra-yojana.in","7378026619",None,["incentives"])

S("offer_letter_charges","hinglish","Operations executive - offer letter ke liye verification charge",
 "Aap telephonic round mein select ho gaye ho. Offer letter ke liye police verification aur background check hoga jo third party agency karti hai. Agency ka charge Rs 2,900 aap seedha unke account mein bhejo. 2 din mein offer letter mail pe aa jayega.",
 (24000,30000),"operations-executive","thane",1,"Kaveri Business Services",True,None,"9076413328","kaveri.onboarding@gmail.com",["pf"])

S("identity_harvest","hinglish","SIM activation ka kaam - fingerprint verification",
 "SIM activation company mein documentation ka kaam, 13,000 fixed + har activation pe 40 rupaye. Office aake Aadhaar se fingerprint verification karwana hai. Apne 5 relatives ka bhi verification karwaoge to 3,000 bonus. Jaldi aao.",
 (13000,18000),"documentation-executive","ulhasnagar",0,"Mobile Link Activation Centre",False,None,"8451036627",None,["incentives"])

S("task_prepaid","hinglish","Online order karke commission kamao - work from home",
 "Humare merchant site pe order place karo apne paise se, order complete hone par paisa 30% commission ke saath wapas. Pehla order sirf 300 ka. VIP order mein zyada profit. Poora set complete karne ke baad hi withdrawal hoga.",
 (30000,90000),"operations-executive","mumbai",0,"OrderBoost Earning",False,None,None,"orderboost.earning@gmail.com",[])
