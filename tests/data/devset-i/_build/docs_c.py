DOCS = []

DOCS.append(dict(num=920, slug="weibo_style_rainstorm_orange_warning", lang="zh", style="sparse", noise=0.05,
title="暴雨橙色预警：今夜至明天白天南岭市有强降雨",
notes="Chinese Weibo-style microblog long post by a city meteorological observatory (rainstorm warning). Debris: the platform menu with log-in links (navigation), the account name with its verified badge (byline), the post time and client (timestamp), the follow button and the repost/comment/like counters (social), the hashtag line (tags), the comment sort control, two comments with time, location and reply/like controls, and the 'all comments' link (comments), the platform footer with licence number (residue) and the copyright line. HARD NEGATIVES: a subheading, a numbered list of precautions, a one-line quote from the chief forecaster, a sentence asking citizens to forward the warning to their families, and an '更新：' (update) paragraph.",
body=r"""
nav 微言  首页  热门  视频  发现  |  登录  注册
by 南岭市气象台 V
ts 6月17日 21:40 来自 微言网页版
soc + 关注
T 暴雨橙色预警：今夜至明天白天南岭市有强降雨
. 南岭市气象台6月17日21时30分将暴雨黄色预警信号升级为橙色。受低涡切变和偏南暖湿气流共同影响，预计今天夜间到明天白天，我市大部分地区将出现暴雨到大暴雨，局部特大暴雨，最大小时雨量可达80毫米以上，并伴有雷电和短时大风。
. 降雨时段和落区
. 强降雨主要集中在今夜23时至明天上午10时，北部山区和沿江低洼地带雨量最大。过程累计雨量一般为100至180毫米，局部可超过250毫米。
. 据统计，本月以来我市已出现三次暴雨过程，累计雨量较常年同期偏多六成，土壤含水量接近饱和，山区发生地质灾害的风险进一步增加。水务部门已提前降低城区河涌水位，并在易涝点增派抽排设备和值守人员。
. 防御指南：
. 1. 停止户外集体活动，中小学和幼儿园可视情况暂停上课；
. 2. 地下车库、下穿隧道和低洼路段容易积水，请不要冒险涉水通行；
. 3. 山区群众注意防范山洪、滑坡和泥石流，必要时提前转移；
. 4. 切断低洼地带有危险的室外电源，远离广告牌和临时搭建物。
. 市三防指挥部已于今晚21时启动防汛三级应急响应。市教育局通知，明天全市中小学停课一天，校内托管照常开放。地铁部分高架区段可能限速运行，请留意运营公告。
. 气象台首席预报员林嘉禾表示："这次过程雨强大、持续时间集中，夜间出行的风险明显高于白天。"
. 请市民转发提醒身边的家人和朋友，特别是住在老城区低洼地带的长辈。
. 更新：22时10分，北部山区已出现小时雨量65毫米的强降雨，部分乡道出现积水，请沿线群众注意安全。
tag #南岭暴雨# #暴雨橙色预警#
soc 转发 1.2万    评论 3486    赞 2.8万
com 按热度 | 按时间
com 雨天的猫：明天到底要不要上班啊😭
com 6-17 21:52 来自广东  回复  赞 312
com 江边住户老周：去年那场雨地下车库全淹了，这次提前把车开出来了
com 6-17 22:03 来自广东  回复  赞 158
com 查看全部3486条评论 >
res 关于微言 · 帮助中心 · 举报处理 · 京ICP证100780号
cp Copyright © 2009-2025 WEIYAN 微言
"""))

DOCS.append(dict(num=921, slug="vietnam_portal_mekong_salinity_rice", lang="vi", style="single", noise=0.15,
title="Nông dân Trà Vinh đo mặn từng ngày để cứu vụ lúa đông xuân",
notes="Vietnamese regional news portal (salinity intrusion in the Mekong Delta and rice farmers). Debris: site name and menu, breadcrumb (navigation), update time (timestamp), reporter's name (byline), a photo caption with the photographer inside it (caption), an inline 'Xem thêm' link and the 'same section' list (related), the ad label (ad), comment count and comment form (comments), share row (social), keyword line (tags) and the copyright/reuse footer. HARD NEGATIVES: the sapo (standfirst), a subheading, a bulleted list of what farmers do, quotes, and a sentence about farmers sharing readings in a chat group.",
body=r"""
nav Báo Đồng Bằng Số
nav Trang chủ | Thời sự | Kinh tế | Nông nghiệp | Đời sống | Pháp luật | Video
nav Nông nghiệp » Miền Tây
T Nông dân Trà Vinh đo mặn từng ngày để cứu vụ lúa đông xuân
ts Cập nhật lúc 07:35 sáng thứ Năm, 20-2-2025
by HOÀNG MINH KHÔI
. Nước mặn đã vào sâu hơn 50 km trên sông Cổ Chiên, sớm hơn mọi năm gần một tháng. Nhiều nông dân ở Trà Vinh phải tự đo độ mặn trước mỗi lần bơm nước vào ruộng.
. Sáu giờ sáng, ông Thạch Sa Rinh, 58 tuổi, ở xã Kim Hòa, huyện Cầu Ngang, đã ra bờ kênh với chiếc máy đo độ mặn cầm tay. Ông nhúng đầu đo xuống nước, chờ vài giây rồi đọc kết quả: 1,8 phần nghìn. "Dưới 2 phần nghìn thì còn bơm được, cao hơn là lúa chết," ông nói.
cap Ông Thạch Sa Rinh đo độ mặn nước kênh trước khi bơm vào ruộng. Ảnh: LÂM THU
. Mặn đến sớm
. Theo Đài Khí tượng Thủy văn tỉnh, đến giữa tháng 2, ranh mặn 4 phần nghìn đã vào sâu 52 km trên sông Cổ Chiên và 48 km trên sông Hậu. Năm nay lượng nước từ thượng nguồn sông Mê Kông về ít, trong khi triều cường lên cao vào các ngày rằm và mùng một.
. Toàn tỉnh hiện có khoảng 78.000 ha lúa đông xuân, trong đó hơn 9.000 ha đang ở giai đoạn làm đòng, trổ bông, là thời điểm cây lúa cần nhiều nước nhất.
. Những việc nông dân đang làm:
. - đo mặn ít nhất hai lần mỗi ngày, vào lúc triều xuống;
. - trữ nước ngọt trong kênh nội đồng và ao, đắp bờ ngăn mặn;
. - bơm nước theo lịch của hợp tác xã, không bơm tùy ý;
. - với ruộng chưa gieo sạ, chuyển sang trồng dưa hấu hoặc để trống.
rel Xem thêm: Bến Tre đóng cống ngăn mặn sớm hơn dự kiến
. Hợp tác xã nông nghiệp Kim Hòa đã lập một nhóm trò chuyện để thông báo độ mặn đo được ở các cống mỗi sáng. "Bà con chia sẻ số đo lên nhóm, ai cũng biết chỗ nào bơm được, chỗ nào không," chủ nhiệm hợp tác xã, bà Kim Thị Bé Ba, cho biết.
. Ngành nông nghiệp tỉnh khuyến cáo nông dân không xuống giống vụ hè thu sớm cho đến khi có mưa, đồng thời theo dõi bản tin độ mặn phát trên loa truyền thanh xã mỗi tối.
ad Quảng cáo
com Bình luận (0)
com Viết bình luận của bạn...   [Gửi]
soc Chia sẻ: Facebook | Zalo | Sao chép liên kết
tag Từ khóa: xâm nhập mặn, lúa đông xuân, Trà Vinh, Cầu Ngang
rel Tin cùng chuyên mục
rel Giá lúa tươi tăng nhẹ ở Cần Thơ
rel Sóc Trăng hỗ trợ giống cho nông dân bị thiệt hại
cp © Báo Đồng Bằng Số. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
"""))

DOCS.append(dict(num=922, slug="thai_portal_mae_sot_border_clinic", lang="th", style="single", ws=True,
title="คลินิกชายแดนแม่สอดรับผู้ป่วยจากเมียนมาเพิ่มขึ้นเกือบเท่าตัว",
notes="Thai regional news portal (a border clinic in Mae Sot treating people fleeing the fighting in Myanmar's Karen State). Debris: menu and breadcrumb (navigation), date-time (timestamp), view counter (residue), desk byline, photo caption and credit, ad label, related-news list, tag line, share row (social), comment header and one reader comment (comments), and the copyright line. HARD NEGATIVES: a dateline inside the first paragraph, a quote from the head nurse, a subheading followed by bulleted figures, and a sentence asking people who share photos of patients to blur faces.",
body=r"""
nav หน้าแรก | ข่าว | ภูมิภาค | สังคม | ต่างประเทศ | สุขภาพ | วิดีโอ
nav หน้าแรก > ภูมิภาค > ตาก
T คลินิกชายแดนแม่สอดรับผู้ป่วยจากเมียนมาเพิ่มขึ้นเกือบเท่าตัว
ts 15 ม.ค. 2568 เวลา 09:12 น.
res อ่านแล้ว 2,341 ครั้ง
by โดย ทีมข่าวภูมิภาค
. แม่สอด จ.ตาก – คลินิกสุขภาพชุมชนริมแม่น้ำเมย อ.แม่สอด รายงานว่าจำนวนผู้ป่วยที่ข้ามแดนมาจากรัฐกะเหรี่ยงของเมียนมาเพิ่มขึ้นเกือบเท่าตัวในรอบหนึ่งปี หลังการสู้รบระหว่างกองทัพเมียนมากับกลุ่มติดอาวุธชาติพันธุ์ยืดเยื้อต่อเนื่องและลุกลามเข้าใกล้พื้นที่ชายแดนมากขึ้น
. นางนันทนา ศรีวงศ์ หัวหน้าพยาบาลของคลินิก เปิดเผยว่า ปีที่ผ่านมาคลินิกรับผู้ป่วยนอกกว่า 48,000 ครั้ง เทียบกับราว 26,000 ครั้งในปีก่อนหน้า ผู้ป่วยจำนวนมากเป็นหญิงตั้งครรภ์ เด็กเล็ก และผู้บาดเจ็บจากสะเก็ดระเบิด ซึ่งบางรายต้องเดินเท้าผ่านป่าเขาหลายวันกว่าจะมาถึงริมแม่น้ำ
cap ผู้ป่วยและญาตินั่งรอรับการตรวจที่คลินิกริมแม่น้ำเมย เมื่อวันที่ 13 มกราคม
cr ภาพ: สมชาย แก้วประเสริฐ
. "เราเห็นเด็กที่ไม่ได้รับวัคซีนมาสองสามปีแล้ว เพราะโรงพยาบาลและสถานีอนามัยฝั่งโน้นปิดไปเกือบหมด" นางนันทนากล่าว
. ตัวเลขสำคัญของคลินิกในปีที่ผ่านมา
. - ผู้ป่วยนอก 48,214 ครั้ง
. - การคลอดบุตร 2,960 ราย
. - ผู้บาดเจ็บจากอาวุธและทุ่นระเบิด 412 ราย
. - เด็กที่ได้รับวัคซีนตามนัด 7,805 ราย
. ปัญหาใหญ่ที่สุดของคลินิกในขณะนี้คือเงินทุน หลังจากผู้บริจาคต่างประเทศรายใหญ่สองรายลดการสนับสนุนลงตั้งแต่กลางปี คลินิกจำเป็นต้องปิดหอผู้ป่วยในหนึ่งหอ และลดจำนวนเจ้าหน้าที่ชั่วคราวลงเกือบหนึ่งในสาม ขณะที่ค่ายาและค่าขนส่งผู้ป่วยหนักยังเพิ่มขึ้นทุกเดือน
. ด้านสำนักงานสาธารณสุขจังหวัดตากระบุว่า โรงพยาบาลแม่สอดรับส่งต่อผู้ป่วยหนักจากคลินิกอย่างต่อเนื่อง และกำลังหารือกับองค์กรระหว่างประเทศเพื่อจัดหน่วยแพทย์เคลื่อนที่เพิ่มเติมในพื้นที่อำเภอพบพระและอำเภออุ้มผาง ซึ่งมีผู้หนีภัยการสู้รบเข้ามาพักพิงชั่วคราวเป็นระยะ
. นอกจากการรักษาพยาบาลแล้ว คลินิกยังเปิดสอนผู้ช่วยพยาบาลรุ่นใหม่ปีละประมาณสี่สิบคน โดยผู้เรียนส่วนใหญ่เป็นคนหนุ่มสาวที่ต้องออกจากบ้านเกิดเพราะสงคราม และหวังว่าวันหนึ่งจะได้กลับไปทำงานในหมู่บ้านของตนเอง
. เจ้าหน้าที่คลินิกขอให้ผู้ที่แชร์ภาพผู้ป่วยในโซเชียลมีเดียช่วยปิดบังใบหน้า เพื่อความปลอดภัยของครอบครัวที่ยังอาศัยอยู่ฝั่งเมียนมา
ad โฆษณา
rel ข่าวที่เกี่ยวข้อง
rel ผู้หนีภัยกว่า 3 พันคนข้ามมาพักพิงชั่วคราวที่ อ.พบพระ
rel สาธารณสุขตากเร่งฉีดวัคซีนหัดให้เด็กตามแนวชายแดน
tag แท็ก: แม่สอด, ชายแดน, เมียนมา, ผู้หนีภัย, สาธารณสุข
soc แชร์ข่าวนี้   Facebook   LINE   X
com แสดงความคิดเห็น (1)
com ความคิดเห็นที่ 1 โดย คนตาก เมื่อ 15 ม.ค. 68 10:05 น. ขอบคุณพยาบาลทุกคนครับ ทำงานหนักมาก
cp © 2568 สำนักข่าวลุ่มน้ำเมย สงวนลิขสิทธิ์
"""))

DOCS.append(dict(num=923, slug="hebrew_portal_kibbutz_avocado_replanting", lang="he", style="mixed",
title="מטעי האבוקדו של גבעת הרימון נשתלים מחדש",
notes="Hebrew news site, agriculture section (a kibbutz near the Gaza border replanting orchards abandoned during the war). Debris: menu and section label (navigation), byline, publication date (timestamp), photo caption and credit, the ad label (ad), an inline 'also read' link and the 'more articles' list (related), a WhatsApp share prompt and share counter (social), the agriculture newsletter box (newsletter), the comments header with a comment and the add-comment button (comments), tags and the copyright line. HARD NEGATIVES: the standfirst, a subheading, bulleted facts, a one-line quote from the orchard manager, and a sentence about kibbutz members sharing photos of the first saplings.",
body=r"""
nav דף הבית | חדשות | כלכלה | חקלאות | סביבה | דעות | מגזין
nav חקלאות וכפר
T מטעי האבוקדו של גבעת הרימון נשתלים מחדש
. שנתיים אחרי שהמטעים ננטשו בגלל המלחמה, חקלאי הקיבוץ חוזרים לשתול עצים צעירים בשטחים הסמוכים לגבול.
by מאת נועה בן־שושן
ts פורסם ביום שלישי, 14 באוקטובר 2025
. ביום ראשון בבוקר עמדו שמונה חקלאים ושני טרקטורים בקצה החלקה הצפונית של קיבוץ גבעת הרימון, פחות משלושה קילומטרים מהגדר, והתחילו לשתול את 9,000 שתילי האבוקדו הראשונים מאז אוקטובר 2023.
. אחרי מתקפת השבעה באוקטובר פונו כל תושבי הקיבוץ, והמטעים נותרו ללא השקיה במשך חודשים ארוכים. צינורות הטפטוף נפגעו מכלי רכב כבדים, משאבה מרכזית הושבתה, ורוב העצים הוותיקים בחלקות הקרובות לגבול התייבשו ומתו.
cap שתילי אבוקדו צעירים בחלקה הצפונית של הקיבוץ, השבוע
cr צילום: עמית גולדרינג
. מה נשתל השבוע
. - 120 דונם של אבוקדו מהזנים האס ופינקרטון
. - 9,000 שתילים שגודלו במשתלה בעמק יזרעאל
. - מערכת השקיה חדשה עם חיישני לחות שמדווחים לטלפון של מנהל המטע
. מנהל המטעים, אלון ריבלין, אומר שהעצים הראשונים יניבו פרי מסחרי רק בעוד ארבע שנים. "אנחנו שותלים עצים שאולי רק הילדים שלנו יאספו מהם," הוא אומר. "זו בדיוק הסיבה לשתול אותם עכשיו."
ad פרסומת
. העבודה במטעים נעשית בתיאום עם הצבא, והחקלאים נדרשים לדווח מראש על כל כניסה לחלקות הקרובות לגבול. חלק מהעובדים הזרים שעבדו בקיבוץ לפני המלחמה חזרו בקיץ, ולצידם מגיעים מתנדבים ממרכז הארץ בכל יום שישי.
rel קראו גם: חקלאי העוטף מקבלים מענק שיקום שני
. הקיבוץ עצמו עדיין לא חזר לגמרי לחיים. כמחצית מהחברים שבו לגור בו, ובתי הספר והגנים נפתחו מחדש רק בספטמבר. חברי הקיבוץ שיתפו ברשתות החברתיות תמונות של השתילים הראשונים, ורבים מהם כתבו שזה הרגע שבו הרגישו לראשונה שהם באמת חוזרים הביתה.
. בשטחים הרחוקים יותר מהגבול כבר חזרו הפרדסים והשדות לעבודה מלאה בעונה שעברה, אבל החלקות הצפוניות נחשבו עד לאחרונה מסוכנות מדי. רק בחודשים האחרונים, אחרי שהצבא אישר כניסה סדירה, החליטו בקיבוץ לשתול בהן מחדש.
. משרד החקלאות מממן כמחצית מעלות השתילה מחדש באמצעות מענק שיקום, והיתרה מגיעה מקרן הקיבוץ ומתרומות.
soc שתפו בוואטסאפ
soc 86 שיתופים
nl הניוזלטר החקלאי שלנו: כל יום חמישי, כל מה שקרה בשדה. הרשמה בלחיצה
rel כתבות נוספות במדור
rel מחירי התמרים בירידה לקראת העונה
rel רפתנים בגליל: המחסור בעובדים נמשך
com תגובות (12)
com 1. כל הכבוד לכם, מחזקים מרחוק | דורית, חיפה | 14.10.2025
com הוספת תגובה
tag תגיות: אבוקדו, עוטף עזה, שיקום, חקלאות
cp © כל הזכויות שמורות לשדה ועיר – אתר החדשות החקלאי
"""))

DOCS.append(dict(num=924, slug="greek_shipping_news_electric_ferry_saronic", lang="el", style="single", noise=0.2,
title="Το πρώτο ηλεκτρικό πλοίο του Σαρωνικού ξεκινά δρομολόγια τον Μάιο",
notes="Greek shipping news site on WordPress (a battery-electric ferry for a Saronic Gulf route). Debris: site name and menu (navigation), section label, byline, date (timestamp), the WordPress caption shortcode opening and closing tags (shortcode) around the caption text (caption), the ad label (ad), the 'read also' list (related), tags, share counter and buttons (social), the comment form (comments), newsletter box and the copyright line. HARD NEGATIVES: a bulleted specification of the ship, a subheading, a quote from the shipping company, and a sentence about passengers sharing photos of the sea trials.",
body=r"""
nav ΛιμάνιNews
nav Αρχική | Ακτοπλοΐα | Λιμάνια | Ναυπηγεία | Εφοπλισμός | Απόψεις
nav Ακτοπλοΐα
T Το πρώτο ηλεκτρικό πλοίο του Σαρωνικού ξεκινά δρομολόγια τον Μάιο
by Γράφει ο Σταύρος Μανωλάκης
ts Τρίτη, 4 Μαρτίου 2025, 13:27
. Το πρώτο αμιγώς ηλεκτρικό επιβατηγό πλοίο που θα δρομολογηθεί στον Σαρωνικό ολοκλήρωσε με επιτυχία τις δοκιμές στη θάλασσα και αναμένεται να ξεκινήσει δρομολόγια στη γραμμή Πειραιάς – Αίγινα στις αρχές Μαΐου, σύμφωνα με την πλοιοκτήτρια εταιρεία.
. Το σκάφος, με το όνομα «Αύρα Αιγίνης», ναυπηγήθηκε σε ναυπηγείο της Νορβηγίας και έφτασε στον Πειραιά τον Ιανουάριο. Τις τελευταίες εβδομάδες εκτέλεσε δοκιμαστικά ταξίδια χωρίς επιβάτες, ενώ η εταιρεία περιμένει την τελική έγκριση του Λιμενικού.
sc [caption id="attachment_58213" align="alignnone" width="1024" class="ferry-photo"]
cap Η «Αύρα Αιγίνης» κατά τις δοκιμές ανοιχτά της Αίγινας
sc [/caption]
. Τα βασικά χαρακτηριστικά
. - Μήκος 48 μέτρα, χωρητικότητα 300 επιβάτες και 20 αυτοκίνητα
. - Συστοιχία μπαταριών 4,2 MWh, φόρτιση 25 λεπτών σε κάθε λιμάνι
. - Υπηρεσιακή ταχύτητα 12 κόμβοι
. - Εφεδρική γεννήτρια μόνο για έκτακτη ανάγκη
. Για να λειτουργήσει η γραμμή, χρειάστηκε να εγκατασταθούν σταθμοί ταχείας φόρτισης στα λιμάνια του Πειραιά και της Αίγινας. Ο σταθμός της Αίγινας είναι έτοιμος, ενώ στον Πειραιά οι εργασίες ολοκληρώνονται αυτόν τον μήνα.
ad ΔΙΑΦΗΜΙΣΗ
. «Ένα πλοίο που δεν καίει καύσιμο μέσα στο λιμάνι αλλάζει την καθημερινότητα των κατοίκων της παραλίας», δήλωσε ο διευθύνων σύμβουλος της εταιρείας, Νικηφόρος Λαμπράκης.
. Το πλήρωμα του πλοίου, δώδεκα άτομα, εκπαιδεύτηκε επί δύο μήνες στη Νορβηγία, όπου παρόμοια πλοία εκτελούν δρομολόγια στα φιόρδ εδώ και σχεδόν δέκα χρόνια.
. Το ταξίδι θα διαρκεί περίπου 75 λεπτά, δηλαδή δέκα λεπτά περισσότερο από τα συμβατικά πλοία της γραμμής. Η τιμή του εισιτηρίου θα είναι ίδια με των υπόλοιπων πλοίων.
. Τι σημαίνει για τη γραμμή
. Η εταιρεία εκτιμά ότι το πλοίο θα εξοικονομεί περίπου 1.500 τόνους διοξειδίου του άνθρακα τον χρόνο. Ψαράδες και κάτοικοι της Αίγινας που παρακολούθησαν τις δοκιμές μοιράστηκαν φωτογραφίες στα κοινωνικά δίκτυα, σχολιάζοντας κυρίως την απουσία θορύβου κατά την πρόσδεση.
rel Διαβάστε επίσης
rel Νέο ταχύπλοο στη γραμμή Πόρου – Ύδρας από το καλοκαίρι
rel Αυξάνονται τα λιμενικά τέλη στον Πειραιά
tag Ετικέτες: ηλεκτρικό πλοίο, Σαρωνικός, Αίγινα, ακτοπλοΐα
soc 43 κοινοποιήσεις   Facebook   Viber   Email
com Αφήστε ένα σχόλιο — Η ηλεκτρονική σας διεύθυνση δεν δημοσιεύεται.
nl Κάθε πρωί τα ναυτιλιακά νέα στο email σας. Εγγραφείτε δωρεάν.
cp © 2025 ΛιμάνιNews – Απαγορεύεται η αναδημοσίευση χωρίς άδεια
"""))

DOCS.append(dict(num=925, slug="hungarian_portal_balaton_low_water", lang="hu", style="mixed", ws=True,
title="Alacsony vízállás: 72 centiméteren áll a Balaton, a kikötőkben kotrógépek dolgoznak",
notes="Hungarian regional news portal (low water level of Lake Balaton). Debris: site name, menu and breadcrumb (navigation), author line (byline), date and time (timestamp), reading time, photo caption and credit, ad label, 'related articles' list, comment header with log-in notice (comments), follow prompt and share row (social), tags and copyright. HARD NEGATIVES: the standfirst, a quote from the water directorate, a bulleted list of advice, a sentence about readers sending photos, and a 'Frissítés:' (update) paragraph.",
body=r"""
nav Balatoni Hírlap
nav Hírek | Közélet | Gazdaság | Turizmus | Sport | Programok
nav Főoldal › Környezet
T Alacsony vízállás: 72 centiméteren áll a Balaton, a kikötőkben kotrógépek dolgoznak
. A nyár végére húsz éve nem látott szintre csökkent a tó vízszintje. A vitorlások egy része nem tud kifutni, a strandokon messzebb kell gyalogolni a mély vízig.
by Szerző: Vadász Eszter
ts 2025. augusztus 22., péntek 14:05
rt Olvasási idő nagyjából 4 perc
. A siófoki vízmérce pénteken reggel 72 centimétert mutatott, ami augusztusban 2003 óta a legalacsonyabb érték. A szabályozási tartomány alsó határa 70 centiméter, így a tó vízszintje már alig marad el attól a ponttól, amely alatt hajózási korlátozásokat kell bevezetni.
. A Közép-dunántúli Vízügyi Igazgatóság szerint az ok a száraz és forró nyár: júniustól alig esett eső a vízgyűjtőn, a Zala hozama a sokéves átlag harmada, a párolgás pedig a kánikulai napokon elérte a napi 8 millimétert is. A Sió-zsilipet már tavasszal lezárták, hogy ne folyjon ki víz a tóból.
cap Kotróhajó dolgozik a siófoki kikötő bejáratánál csütörtökön
cr Fotó: Kerekes Bence / Balatoni Hírlap
. „A tó nem száradt ki, és nem is fog, de egy csapadékos ősz nélkül jövő tavasszal is alacsonyan indulunk” – mondta lapunknak Lendvai Judit, az igazgatóság szóvivője.
. A kikötőkben már hetek óta dolgoznak a kotrógépek. Balatonfüreden és Balatonalmádiban a nagyobb merülésű vitorlások csak a kijelölt csatornában közlekedhetnek, néhány kisebb kikötőben pedig a hajók egy része a mederfenéken áll. A Szántód és Tihany közötti komp menetrend szerint jár.
ad Hirdetés
. Mit jelent ez a fürdőzőknek?
. - A strandokon több száz métert is kell gyalogolni, amíg a víz mellig ér.
. - A hínár és az algák a sekély, meleg vízben gyorsabban szaporodnak.
. - A kijelölt strandokon a vízminőség a legutóbbi mérések szerint kifogástalan.
. Olvasóink is küldtek fotókat a kiszáradt nádasokról és a partra vetett csónakokról, ezekből a galériánkban válogattunk.
. Frissítés: a vízügyi igazgatóság péntek délután közölte, hogy a hétvégére várt zivatarok legfeljebb egy-két centiméterrel emelhetik a vízszintet.
rel Kapcsolódó cikkek
rel Elmarad a keszthelyi vitorlásverseny egyik futama
rel Mennyibe kerül idén egy strandjegy a déli parton?
com Hozzászólások (23) – a beszélgetéshez be kell jelentkezni
soc Kövesd a Balatoni Hírlapot a Facebookon is!
soc Megosztás   Facebook   Messenger   E-mail
tag Címkék: Balaton, vízállás, aszály, Siófok, kikötők
cp © 2025 Balatoni Hírlap Kiadó Kft. Minden jog fenntartva.
"""))

DOCS.append(dict(num=926, slug="czech_transport_operator_tram_line_reopens", lang="cs", style="single", noise=0.1,
title="Od pondělí 1. září opět jezdí tramvaje do Líšně",
notes="Czech city transport operator's service notice (a tram line reopening after track reconstruction). Debris: cookie bar (newsletter), operator name and menu (navigation), a live disruption ticker (residue), breadcrumbs (navigation), the posting time (timestamp), a timetable PDF link (residue), the related-notices list (related), a share row (social), the disruption-alert sign-up (newsletter) and the copyright/accessibility footer. HARD NEGATIVES: the list of line changes, a subheading, a short quote from the project manager, an 'Upozornění:' paragraph, and an 'Aktualizace' paragraph.",
body=r"""
nl Tento web používá soubory cookie pro měření návštěvnosti. Povolit vše · Jen nezbytné · Nastavení
nav Městská doprava Brno
nav Jízdní řády | Jízdné | Mimořádnosti | Pro cestující | O nás | Kontakty
res Právě teď: Linka 4 – zpoždění do 10 minut v úseku Náměstí Svobody – Malinovského náměstí
nav Úvod » Aktuality » Výluky a změny
T Od pondělí 1. září opět jezdí tramvaje do Líšně
ts Vloženo 28. 8. 2025 v 10:15
. Po čtrnácti měsících končí rekonstrukce tramvajové trati v Líšeňské ulici. Od pondělí 1. září se tramvaje vracejí do Líšně a zároveň končí náhradní autobusová doprava, kterou cestující využívali od loňského června.
. Během rekonstrukce byla vyměněna kolejová konstrukce v délce 2,4 kilometru, nové je trakční vedení a čtyři zastávky mají bezbariérová nástupiště. Zastávka Stará osada byla posunuta o 60 metrů blíže k přechodu pro chodce.
. Změny v provozu od 1. září
. - Linka 8: opět v celé trase Starý Lískovec – Líšeň, Mifkova, ve špičce každých 7,5 minuty.
. - Linka x8 (náhradní autobusy): ruší se.
. - Linka 55: vrací se do původní trasy přes zastávku Jírova.
. - Noční linka N89: beze změny.
. Spolu s kolejemi se opravovala i kanalizace a vodovod pod ulicí, proto stavba trvala déle, než se původně plánovalo. Práce komplikovala také loňská deštivá zima, kdy se na několik týdnů musely zastavit betonáže. Obyvatelé Líšně si během výluky nejčastěji stěžovali na přeplněné náhradní autobusy v ranní špičce a na dlouhé čekání v zastávce Jírova.
. Nové tramvajové zastávky mají přístřešky s informačními panely, které ukazují skutečné odjezdy spojů, a u zastávky Mifkova vzniklo parkoviště pro kola.
. „Trať je postavená tak, aby vydržela třicet let bez velké opravy. Děkujeme cestujícím za trpělivost,“ uvedl vedoucí projektu Radek Hanousek.
. Upozornění: v prvním týdnu provozu budou tramvaje v úseku Stará osada – Jírova jezdit sníženou rychlostí, dokud se nové koleje neusadí. Jízdní doba se tím prodlouží zhruba o dvě minuty.
. Aktualizace 29. 8.: slavnostní první jízda historické tramvaje proběhne v neděli 31. srpna ve 14 hodin ze zastávky Mifkova. Cestující se mohou svézt zdarma.
res Jízdní řád linky 8 platný od 1. 9. (PDF, 412 kB)
rel Související zprávy
rel Výluka tramvají na Mendlově náměstí o víkendu 6. a 7. září
rel Nové jízdní řády školních spojů
soc Sdílet: Facebook · X · e-mail
nl Chcete vědět o výlukách dřív než ostatní? Přihlaste se k odběru upozornění e-mailem nebo v aplikaci.
cp © 2025 Městská doprava Brno, a.s. · Prohlášení o přístupnosti · Ochrana osobních údajů
"""))

DOCS.append(dict(num=927, slug="romanian_real_estate_cluj_prices", lang="ro", style="single", trailing_blank=True,
title="Prețul apartamentelor din Cluj-Napoca a trecut de 3.300 de euro pe metru pătrat",
notes="Romanian real-estate news site (apartment prices in Cluj-Napoca). Debris: site name and menu (navigation), author line, date, reading time, a related-posts shortcode left unrendered (shortcode), the ad label (ad), an inline 'Citește și' link and the 'latest news' list (related), the newsletter box, tags, the comment form fields (comments), share buttons (social) and copyright. HARD NEGATIVES: a table of prices by neighbourhood, a subheading, quotes from an agent and an analyst, and a sentence about buyers sharing listings.",
body=r"""
nav ImobiliarNews
nav Știri | Rezidențial | Birouri | Investiții | Ghiduri | Prețuri
T Prețul apartamentelor din Cluj-Napoca a trecut de 3.300 de euro pe metru pătrat
by de Andreea Mărgineanu
ts luni, 3 martie 2025, ora 09:40
rt Timp de citire estimat: 4 minute
. Prețul mediu cerut pentru apartamentele vechi din Cluj-Napoca a ajuns în februarie la 3.320 de euro pe metru pătrat, cu 8,4% mai mult decât acum un an, arată datele unei platforme de anunțuri analizate de ImobiliarNews. Clujul rămâne cel mai scump oraș din țară, peste București, unde media este de 2.180 de euro.
. Creșterea a încetinit față de anii trecuți, când prețurile urcau cu peste 12% pe an, dar cererea a rămas ridicată, mai ales pentru garsoniere și apartamente cu două camere aflate aproape de universități.
. Prețuri medii pe cartiere, februarie 2025
. Cartier | Preț mediu (€/mp) | Variație anuală
. Centru | 3.950 | +9,8%
. Gheorgheni | 3.610 | +7,1%
. Grigorescu | 3.480 | +8,9%
. Mărăști | 3.390 | +6,5%
. Mănăștur | 2.940 | +10,2%
. Florești (comună) | 2.050 | +5,3%
sc [related_posts limit="3" category="rezidential"]
. Cea mai mare creștere a fost în Mănăștur, cel mai populat cartier al orașului, unde blocurile construite în anii '70 și '80 au devenit alternativa la proiectele noi, mult mai scumpe.
. „Cumpărătorii tineri vin cu un buget de 150.000 de euro și constată că în Gheorgheni nu mai găsesc nimic la prețul ăsta. Mulți își trimit între ei anunțuri din Mănăștur și Florești, unde încă se poate”, spune Radu Toma, agent imobiliar cu 15 ani de experiență în oraș.
ad Publicitate
. Ce urmează
. Analistul imobiliar Ioana Suciu estimează că prețurile vor continua să crească anul acesta, dar mai lent, cu 4–6%. „Dobânzile la creditele ipotecare au scăzut puțin, însă salariile din IT nu mai cresc ca înainte, iar asta se simte în cerere”, explică ea.
. Pe piața închirierilor, chiria medie pentru un apartament cu două camere a ajuns la 620 de euro pe lună, cea mai mare din țară.
rel Citește și: Ce trebuie să verifici înainte de a semna un antecontract
nl Primește în fiecare vineri cele mai importante știri imobiliare. Abonează-te gratuit!
tag Etichete: Cluj-Napoca, prețuri apartamente, imobiliare, chirii
soc Distribuie pe Facebook   Trimite pe WhatsApp
com Lasă un comentariu
com Numele tău *   Adresa de email *   [ Trimite comentariul ]
rel Ultimele știri
rel Un nou cartier de locuințe autorizat la marginea Sibiului
rel Vânzările de locuințe au scăzut în ianuarie
cp © 2025 ImobiliarNews.ro – Reproducerea integrală interzisă fără acord scris
"""))

DOCS.append(dict(num=928, slug="swedish_local_paper_library_bus_saved", lang="sv", style="double", noise=0.1,
title="Bokbussen får rulla vidare – kommunen backar om nedläggningen",
notes="Swedish local newspaper with a metered paywall (a municipal library bus saved from closure). Debris: paper name and menu (navigation), the subscriber-only label (banner), the reporter line (byline), published/updated times (timestamp), photo caption and credit, an inline 'Läs mer' link (related), the free-article counter with subscription offer (newsletter), a share button (social), the 'most read' list (related), and the publisher/copyright footer. HARD NEGATIVES: the standfirst, a one-line quote from a borrower, bulleted facts on the bus route, a sentence about residents sharing a petition, and a 'Rättelse:' (correction) paragraph.",
body=r"""
nav Tornedalsbladet
nav Nyheter  Sport  Kultur  Familj  Debatt  E-tidning
ban PLUS · för prenumeranter
T Bokbussen får rulla vidare – kommunen backar om nedläggningen
. Efter protester från byarna längs älven drar kommunen tillbaka förslaget att lägga ner bokbussen. I stället ska den köra färre turer på sommaren.
by Linnea Sjöholm Vikström · reporter
ts Publ. 4 dec. 2025 17:22 · Uppdaterad 18:05
. Kultur- och fritidsnämnden beslutade på torsdagen att behålla bokbussen, som sedan 1978 kör till byar utan eget bibliotek. Förslaget att lägga ner den, som skulle ha sparat omkring 900 000 kronor om året, väckte starka reaktioner när det presenterades i oktober.
. Över 2 300 personer skrev under ett upprop, och boende i flera byar delade namninsamlingen i sina egna föreningar och på anslagstavlor i affärerna.
cap Bokbussen vid skolan i Vittangi en vintermorgon.
cr Foto: Mattias Kero
. – Bokbussen är det enda stället jag kan låna storstilsböcker utan att åka tolv mil, säger Aili Pekkari, 81, som lånar fyra böcker varannan vecka.
. Så blir bokbussens turlista nästa år:
. - 34 byar, samma som i år
. - stopp varannan vecka från september till maj
. - en gång i månaden under juni, juli och augusti
. - skolorna i fem byar besöks varje vecka under terminerna
rel Läs mer: Så mycket kostar kommunens bibliotek per invånare
. Bokbussen lånade förra året ut drygt 19 000 böcker, ljudböcker och filmer. Den fungerar också som utlämningsställe för böcker som beställts från huvudbiblioteket, och chauffören hjälper ofta äldre låntagare att ladda ner e-böcker till sina telefoner.
. Nämndens ordförande Tomas Rautio säger att besparingen i stället tas genom att bussen står stilla på sommaren och genom att tidskriftsprenumerationerna på huvudbiblioteket minskas.
. – Vi lyssnade. Det handlar om en tjänst som människor i byarna faktiskt använder, och det ska vi inte spara bort, säger han.
. Oppositionen i nämnden röstade för beslutet men vill att bokbussen även ska köra varje vecka på sommaren, när många fritidshus i byarna är bebodda.
. Rättelse: I en tidigare version av artikeln stod det att bokbussen började köra 1982. Rätt år är 1978.
nl Du har läst 3 av 4 gratis artiklar denna månad. Bli prenumerant – första månaden för 1 kr.
soc Dela artikeln
rel Mest läst just nu
rel Skoterleden över älven öppnar tidigare än vanligt
rel Nya ägare tar över macken i Pajala
cp Tornedalsbladet · Ansvarig utgivare: Henrik Vaara · © Norrlandsmedia AB
"""))

DOCS.append(dict(num=929, slug="finnish_pesapallo_club_super_inning_win", lang="fi", style="sparse",
title="Kankaan Pesä kaatoi Lohen supervuorossa",
notes="Finnish pesäpallo club website (match report). Debris: the main partners strip (ad), club name, menu and 'Uutiset' label (navigation), the date (timestamp), the writer line (byline), the photo caption and credit, the ticket-shop plug (ad), the follow line (social), the 'read also' list (related), copyright and the site-platform credit (residue). HARD NEGATIVES: the result line with period scores, runs and line-up lines, a quote from the coach, a sentence about supporters sharing videos, and the next-match line.",
body=r"""
ad Pääyhteistyökumppanit: Lakeuden Sähkö · Kauppila Autotalo · Rautakauppa Niemi
nav Kankaan Pesä ry
nav Etusivu | Joukkueet | Ottelut | Liput | Juniorit | Seura | Yhteystiedot
nav Uutiset
T Kankaan Pesä kaatoi Lohen supervuorossa
ts julkaistu sunnuntaina 13.7.2025 klo 22.10
by Teksti: Jouni Kivelä
. Kankaan Pesä – Vaasan Lohi 2–1 (3–4, 5–2, supervuoro 1–0)
. Kankaan Pesä nousi sarjataulukossa neljänneksi, kun se voitti Vaasan Lohen supervuorossa täpötäydellä kotistadionilla sunnuntai-iltana. Katsojia oli 2 140, mikä on kauden ennätys.
. Ensimmäinen jakso meni vieraille 3–4, kun Lohi teki viimeisessä vuorossaan kaksi juoksua kärkilyöjä Sami Hautalan koppivaarallisella pussilyönnillä. Toisessa jaksossa Pesän sisäpeli heräsi: Aleksi Rönkä toi kaksi juoksua kolmospesältä, ja kotijoukkue vei jakson selvästi 5–2.
. Supervuorossa Pesän lukkari Eetu Mattila piti Lohen kotipesässä, ja ratkaisun teki Ville Palomäki, joka juoksi kotiin Rönkän hiuksenhienolla lyönnillä kolmosrajaa pitkin.
cap Ville Palomäki juoksee ratkaisevan juoksun supervuorossa.
cr Kuva: Henna Kuusisto
. Ottelu oli pitkään tasainen myös ulkopelissä. Lohen sieppari Mikko Ylinen teki ensimmäisessä jaksossa kaksi upeaa koppia takakentällä, ja vieraiden lukkari Jere Lassila sai Pesän kärkilyöjät lyömään useita kertoja suoraan ulkopelaajien syliin. Toisen jakson alussa kotijoukkue vaihtoi lyöntijärjestystä, ja muutos toimi heti: ensimmäiset kolme lyöjää pääsivät kaikki pesille.
. Voitto oli Pesälle kauden kolmas supervuorossa. Joukkue on hävinnyt vain yhden kotiottelunsa, ja pudotuspelipaikka alkaa näyttää todennäköiseltä, kun runkosarjaa on jäljellä kuusi ottelua.
. – Poikien luonne näkyi tänään. Jakso takana eikä kukaan hätäillyt, päävalmentaja Markku Salmi sanoi ottelun jälkeen.
. Kankaan Pesän juoksut: Aleksi Rönkä 3, Ville Palomäki 2, Eetu Mattila 1, Joonas Hietala 1, Tuomas Kangas 1.
. Vaasan Lohen juoksut: Sami Hautala 3, Mikko Ylinen 2, Jere Lassila 1.
. Moni katsoja jakoi supervuoron ratkaisun videolla heti ottelun jälkeen, ja seura kiittää kannattajia upeasta tunnelmasta.
. Loukkaantumisen vuoksi sivussa ollut polttaja Tuomas Kangas palasi kentälle ensimmäistä kertaa kesäkuun jälkeen ja teki heti juoksun toisessa jaksossa. Valmennus kertoi, että Kangas pelaa myös keskiviikkona, jos polvi kestää.
. Seuraava kotiottelu pelataan keskiviikkona 16.7. kello 18.00, vastassa Kouvolan Pallonlyöjät.
ad Liput keskiviikon otteluun nyt seuran verkkokaupasta – kausikortilla sisään ilman jonoa!
soc Seuraa Pesää: Instagram · TikTok · Facebook
rel Lue myös
rel Junioreiden kesäleiri täynnä jo kolmatta vuotta
rel Lukkari Mattila jatkaa seurassa kaksi kautta
cp © Kankaan Pesä ry 2025
res Kotisivut tehty Seurasivut-palvelulla
"""))
