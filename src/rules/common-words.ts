import commonPairs from './common-pairs.json' with { type: 'json' };

// Word lists more than one rule reads. Mostly the syllables that news text
// writes in lower case, from case counts over ~150k
// lines of Vietnamese news (not the gold lines; mid-sentence uses only).
// In ALL CAPS lines, where capitals say nothing, they tell a name from the
// words around it. Accented forms only: folded, many collide with names.

// Seen at least 50 times, 99.5% or more in lower case: a name neither starts
// with one nor runs on into one ("KHIẾN", "THÊM", "VẪN", "NỐI").
const ALWAYS = `
ác ảm ám án ảnh ào áp át ạt ăn ầm ấm ập ẩu ấy bại bán bạn bào bão bạo bày băn bắn bắt bậc bẩm bấm bẩn bận bật
bây bẻ bén béo bẹp bề bế bệ bên bênh bì bị bịa biến biện biết biệt biểu bịt bỏ bọc bỏng bóp bổ bố bốc bối bốn
bỗng bởi bới bơm bớt bủa bùn bụng buộc buổi buồn buồng buýt bừa bữa bực bước bứt cả các cãi cảm cản càng cào
cáo cắm cắn căng cắp cặp cắt cân cất cẩu cấu cấy cậy chạm chán cháu chảy chạy chắc chắn chặn chằng chẳng
chặng chặt chấm chậm chẩn chập chất chật chậu che chẽ chém chèn chén chê chế chênh chết chia chiếm chiều chìm
chỉn chip chịu cho chó choáng chọc chọi chọn chóng chót chỗ chổi chối chôn chồng chốt chờ chở chơi chớp chú
chuẩn chục chui chùm chuộc chuỗi chuồng chuột chụp chút chuyền chuyến chuyện chứ chưa chữa chứa chức chửi
chưng chừng chững chướng có cóc cọc coi còi com còn cong cộ cốp cốt cỡ cớ cởi cơm cũ của cúi cúm cùng cũng
cuốc cuối cuồn cuốn cuộn cụt cử cứ cứng cước cược cưới cưỡng cướp cứu dài dại dám dán dạn dàng dáng dạng dành
dạo dạt dày dãy dạy dặn dẳng dắt dâm dầm dẫn dấn dập dấu dây dấy dậy dè dẻo dép dẹp dễ diện diệt diễu dịp dịu
dò dọa dọc dõi dọn dòng dôi dối dội dồn dông dở dỡ dời dù dùng dụng dựa dừng dựng dưới dưỡng dứt đã đạc đai
đãi đảm đám đạn đang đáng đành đánh đáo đáp đau đắm đắn đặn đẳng đắng đắp đắt đặt đâm đẫm đấm đậm đập đâu đấu
đây đầy đẩy đe đè đẻ đem đeo đẹp để đếm đến đều đi đích điệu đò đó đọ đoán đoạn đoạt đọc đòi đói đòn đón đóng
đọng đổ đố động đốt đột đỡ đời đợi đớn đợt đủ đua đùa đũa đùi đúng đụng đuôi đuổi đuối đúp đưa đứa đứng đựng
đứt ép êm gã gái gam gan gàng gạt gay gãy gáy găm gắm gắn gắng gặp gắt gặt gân gần gấp gập gây ghe ghé ghen
ghép ghét ghế ghi gì giả giá giam giảm gian giàn giản giãn giành giăng giằng giặt giấm giật giấu giễu giỏ
giòn giục giúp giữ giữa giường gói gọi gom gọn góp gót gốc gối gồm gồng gộp gỡ gợi gục gũi gửi gừng gym hả
hãi hại hãm hạn hạng hát hay hâm hầm hấp hất hé hẻm hẹp hét hết hích hiểm hiếm hiện hiếp hít hò họ họa hoạch
hoại hoãn hoạn hoảng hoạt hoay hoặc hỏi hỏng họng họp hôi hôm hỗn hông hổng hộp hốt hở hơi hơn hú hụi hùm
huống hút hụt hủy hư hức hứng hước hưởng hưu ỉ im ít kè kèm kẽm kém kèn kéo kép két kẹt kề kể kết kêu khá
khác khách khán khát khăn khẳng khắp khắt khẩn khẩu khấu khen khéo khép khét khi khích khiển khiến khiêng
khiếp khiếu khó khỏa khóa khoác khoản khoán khoảng khoảnh khoăn khóc khoe khỏe khỏi khô khổ khốc khống khớp
khuẩn khuấy khủng khuôn khuya khuyên khuyết kích kiện kiểu kìm kín kíp kịp là lạ lãi làm lãm lạm lăn lặn lắng
lặng lắp lặp lầm lần lẩn lẫn lấn lận lật lậu lây lẫy lấy lẻ lẽ lén léo lề lệch lên lệnh lì liền liêng liều
liệu lính lít loài loại loạn loãng loạt loay lóc loét lõi lỏng lốc lối lội lộn lông lồng lột lỡ lợn lớp lũ
luận lúc lùi lùm lún lúng luộc luôn luồng lụt lụy lừa lửa lứa lựa lưng lừng lửng lược lười lưỡi lượn lượng
lượt mà mài mại màn mang màng mảng manh mảnh mào mạo màu máu mày mắc mặc mắm mắn mắng mẩn mất mâu mấy mẻ mẽ
méo mẹo mét mềm mệnh mệt mì mỉa miễn miếng miệng mìn mịn mình mít mịt mò móc mọc mỏi mọi mòn mong mỏng mọng
mô mồ mổ mốc mồi mỗi mối mốt một mờ mời mới mua mụn muốn muộn mức mươi mượn mương mượt nã nám nàn nạn nành
nào não nạp nát nay này nảy nằm nắm nắng nặng nắp nần nâng nập nấu ném nén nề nể nên nền nến nêu nếu ngả
ngạch ngại ngán ngàng ngành ngào ngạt ngay ngắm ngăn ngắn ngắt ngặt ngầm ngậm ngập ngất nghe nghẽn nghẹn
nghèo nghẹt nghề nghỉ nghĩ nghiệm nghiện nghiêng nghiệp nghiệt nghìn ngỏ ngõ ngoài ngoái ngoặt ngón ngọn ngồi
ngổn ngột ngờ ngỡ ngơi ngợi ngủ ngụ ngùn nguội nguồn ngụt nguy nguyền ngừa ngửa ngứa ngực ngừng ngược người
ngưỡng nhái nhàng nhanh nhào nhát nhạt nhau nhảy nhạy nhắc nhằm nhắm nhăn nhằn nhắn nhặt nhầm nhấn nhận nhập
nhậu nhẹ nhích nhiễm nhiệm nhiều nhiễu nhìn nhịn nhoáng nhọc nhóm nhọn nhồi nhộn nhốt nhờ nhở nhũng nhức
nhưng những nhường niêm niệm níu nó nóc nói nòng nóng nổ nộ nồi nổi nối nồng nộp nợ nới nuối nuốt nút nửa nữa
nức nước nứt òa ói op ổ ôm ốm ồn ổn ốt ở phà phá phác phải phán phanh phạt phẳng phẩm phẫn phận phe phép phê
phí phía phiền phiếu phím phom phỏng phô phôi phối phồng phơi phun phút phức phường qua quà quá quãng quanh
quay quặng quầy quấy que quen quét quệ quỵ quyển ra rà rã rách rán ràng ráo ráp rát rắc răn rắn rằng rầm rần
rất rẻ rẽ rèn reo rét rể rễ rệt rỉ ro rò rõ rót rộ rồi rối rốn rỗng rộng rỡ rơi rời rớt rủ rũ rủi rụi rung
rúng rụng ruột rút rực rưng rước rưỡi rượt rượu sạc sạch sai sạn sàng sành sánh sáp sạp sát sạt sau sắm săn
sẵn sắp sâu sấy sẻ sẽ sẹo set sếp siết soát sòng sót sổ số sốc sôi sống sốt sỡ sợ sớm suất sùi súng suông
suốt sụp sút sụt suy suýt sử sự sửa sưởi sưu tác tạc tách tải tái tại tạm tàn tán tảng táng tay tắm tặng tắt
tầng tấp tật tẩu tẩy té tét tê tế tệ tên thả thách thải thảm thay thắc thăm thắn thẳng thắt thầm thấm thậm
thận thấp thâu thấu thấy thèm then theo thêm thềm thì thí thiệt thiểu thính thịt thoải thoái thoáng thoát
thỏi thói thỏm thon thô thổi thờ thở thợ thù thua thuẫn thuê thủng thuốc thuộc thuyền thử thự thửa thức thước
tỉ tị tích tịch tiếc tiệc tiềm tiệm tiện tiết tìm tin tính tỏ tỏa tỏi tóm tốc tộc tôi tồi tội tổn tốp tốt tờ
tới tra trả trá trách tràn trán trạng tranh tránh trao tráo trặc trăm trăn trận trèo trễ trệ trên trêu trích
triệt trình trò trọ tróc trói tròn trọn trong trổ trôi trội trộm trốn trộn trông trở trợ trơn trú truất trũng
trúng trút truy trừ trữ trưa trứng trước trượt tù tụ tục túi tung tuồn tuông tụt tủy túy tuyển tựa tức từng
tưới tưởng tướng ty tỷ ủi ùn ủng úng uốn uống úp úy ứ ưa ương ướt và vả vã vá vác vách vạch vai vài vàn vào
vay váy vắng vắt vặt vẫn vấn vất vây vậy vẻ vé ven về vênh vết vỉa việc viêm viếng vịt vỏ vóc vòi vong võng
vỗ vội vốn vờ vỡ vợ với vớt vợt vú vụ vùi vun vừa vực vững vướng vượt vứt xả xạ xác xách xài xao xào xảo xáo
xảy xăm xâm xấu xe xẻ xé xen xét xế xếp xỉ xiết xin xỉn xịn xịt xỉu xóa xoang xoáy xong xót xôn xông xở xuất
xùm xung xuồng xuống xử xưng xứng xước yêu yếu
`;

// Seen at least 30 times, 90-99.5% in lower case: usually not a name's
// syllable ("LẠI", "HỢP", "BẢO"), but names do use them.
const MOSTLY = `
ách ao ảo áo âm ẩm ẩn ấp ấu bạ bác bạc bai bài bãi bám bàn bang bảng bánh bao bạt báu bay băng bằng bắp bần
bất bầu bẩy bẫy bé bê bể bền bếp bi bia bìa binh bò bó bóc bom bón bong bọt bộc bồi bội bổng bột bơ bờ bơi bù
búa bụi bún bùng buồm buông bức bừng bướu ca cá cách cài cải cám can cán cạn canh cảnh cánh cạnh cao cáp cay
cày cằm căn cầm cấm cẩn cấn cấp câu cầu cậu cây cha chà chả chai chài chàng chanh chao chào chảo cháo chat
chay chày cháy chăm chăn chắp châm chân chấn chè chèo chéo chép chì chỉ chị chìa chiếc chiến chiêu chiếu chim
chín chỉnh chòi chói chồn chông chống chua chùa chúc chung chủng chúng chuối chuộng chuyên chuyển chữ chứng
chương cò cọ con cô cổ cỗ cố côi cối cội cốm cồng cổng cột cơ cờ cơn cú cụ cua cụm cung củng cúng cuộc cuồng
cư cự cửa cực cưng cười cưỡi cựu da dã dạ dàn dang danh dao dào dân dần dâng dâu dầu dền dệt di dị dịch diêm
diễn diều dính do doanh dỗ dốc dồi du dục duyệt dư dữ dự dừa dứa dưng dường đả đá đái đàm đạm đàn đản đán đao
đảo đạo đạp đạt đáy đắc đặc đăng đất đầu đậu đèn đèo đê đề đế đêm đệm đền đĩa địa địch điềm điểm điên điện
điệp điêu điều đỉnh đính định đo đỏ đô đồ đốc độc đôi đổi đối đội đới đơn đu đúc đục đừng được đương đường em
eo ế ếch ga gà gác gạch gai gang gánh gạo găng gầm gầy gậy già giác giai gián giảng giao giáp giàu giày giấc
giận giấy gieo giềng giết gìn giò gió giỏi giọng giọt giông giống giờ giới gõ gout gỗ gội gốm gương ha hạch
hai hài hái hạm hàng hãng háng hành hào háo hat hạt hãy hẳn hận hầu hè hen hẹn heo hề hệ hi hiểu hiệu hình
hit hoàn hoán hoang học hoi hot hô hỗ hố hộ hồi hối hôn hồn hời hợp hũ húc hung huyện huyết hứa hướng ích in
ion kẻ kem ken kén keo kẹo kẹp kê kế kệ kênh khả khai khái khám khan kháng khao khảo khắc khâu khỉ khí khiếm
khiêu khinh kho khoan khoang khoáng khoát khói khối khôn không khổng khơi khởi khu khúc khung khuyến khử khứ
kịch kiêm kiềm kiểm kiếm kiệm kiến kiêng kiểng kiêu kình kính kỳ kỷ kỹ ký kỵ lá lái lại làn làng lãng lành
lãnh lánh lạnh lão lau lắc lắm lằn lấp lập lâu lẩu lầy len lìa lịch liệt lĩnh lo loa lọc lon lòng lọt lồ lỗ
lộ lôi lỗi lốp lơ lờ lở lời lợi lớn lúa lụa lục lui lùn lùng lũy luyện lực lưới lường lưỡng lướt lý má mạ mác
mạc mãi mái mãn mạn mạng mãnh mạnh mát may máy mặn mắt mặt mâm mầm mật mẫu mẹ mèo mến mí mía miền miện miệt
mỏ món mộ môn mơ mở mỡ mù mũ mùa múa mục mùng muỗi muối muôn mưa mực mừng mưu nạ nan nàng náo năm năng nấm
nâu nét nếm nếp ngã ngạc ngai ngàn ngang ngáo ngày ngâm ngần ngẫu nghệ nghênh nghi nghịch nghiêm nghiên nghịt
ngoạn ngòi ngon ngọt ngộ ngôi ngôn ngục nguyện ngư ngữ ngựa ngưng nhạc nhai nhan nhãn nhánh nhậm nhân nhẫn
nhất nhé nhếch nhì nhí nhiên nhiệt nhiêu nhịp nhỏ nhôm nhớ nhu nhuộm như nhựa nhượng niềm niệu non nón nô nỗ
nỗi nôn nốt nở nơi nụ núi nuôi núp nữ nướng oan óc oi ong ô ồ ốc ôn ông ống ơi ơn ớt pha phai phái phản phao
pháo phát phân phần phấn phẫu phế phì phiên phim phóng phổ phố phổi phù phủ phụ phục pin quả quái quan quán
quát quần quận quật quê quên quy quý quyền quyết quýt rác rải rãi rạn rạng rao rào rap rạp rau rằm ren riêng
rong ròng rồ rổ rộn rơ rục ruồi ruộng rửa rừng sà sách sàn sản sảng sáng sảnh sao sào say sắc sắt sân sập sầu
sấu sét sếu sĩ siêu sinh so sọ soạn sóc soi sỏi sói song sóng sô sông sơ sợi súc sum sung súp sứ sữa sức sưng
sườn ta tả tá tai tản tang tàng tạng tạo tạp tát tạt tắc tăng tấc tâm tầm tấm tấn tận tất tấu teen tem tha
thà thác thai tham thang tháng thao tháo thạo thắng thắp thẩm thân thần thập thất thật thầu thầy thẻ thê thề
thể thế thi thích thiện thiêng thiệp thiết thiêu thiếu thiệu thỉnh thỏa thoại thoảng thôi thối thôn thông
thống thời thu thú thụ thuần thuật thúc thuế thùng thuyết thư thứ thừa thực thương thưởng ti tí tia tiêm tiền
tiễn tiếng tiếp tiêu tim tím tinh tình tỉnh to tò tọa toan toàn tóc tố tối tôm tồn tốn tông trai trải tráng
trào trắc trầm trật trâu treo tri trì trĩ trí triền triển triệu tro trọc trọng trồ trồng trống trời trụ trục
trùm trùng truyền truyện trực trừng trưởng tủ tua tuần tuệ túng tuổi tùy tụy tuyến tuyệt tư từ tử tứ tự tưng
tước tương tượng tựu ủ ung ức ứng ước ưu va vãn ván vang vàng váng vắc văng vận vật vầy ve vẽ vẹn vệ vi vì ví
vị vía viên viện viết voi von vòng vọng vọt vô vôi vở vời vui vụn vùng vuông vươn xa xà xã xá xám xát xay
xăng xem xì xích xiếc xinh xít xó xoa xoay xóm xổ xôi xốp xơ xu xúc xuyên xứ xưa xương xưởng xướng ý yen yết
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
export const ALWAYS_LOWER = new Set(words(ALWAYS));
export const MOSTLY_LOWER = new Set(words(MOSTLY));

// Pairs of words news writes in lower case (99.5% of at least 100 uses,
// counted by `npm run common-pairs` over a news dump): "hoàn thành", "thông
// báo", "đầu tiên"), stored as one string. Only ALL CAPS lines ask, so the
// set is built on first use.
let pairs: Set<string> | null = null;

/** True when the two words (any case) are a pair news writes in lower case. */
export function isCommonPair(a: string, b: string): boolean {
  pairs ??= new Set(commonPairs.split('|'));
  return pairs.has(`${a.toLowerCase()} ${b.toLowerCase()}`);
}

/**
 * Compass words, folded: parks take them before a province ("Nam Phú Yên",
 * "Đông Nam Quảng Trị"); typed without diacritics `phuong Tay` is phương Tây,
 * the West, not a ward.
 */
export const DIRECTIONS = new Set(['nam', 'bac', 'dong', 'tay']);
