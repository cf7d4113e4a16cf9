# ruff: noqa: E501 (prose in a data module reads better unwrapped)
"""Texts of the demo congress week, written for this project (invented; no real document is quoted).

Dates are congress day numbers (1 is the opening day, 0 its eve; see home/demo_timeline.py), which
load_demo places on the calendar it anchors to the day it first runs. `{name}` in a text is a figure
from home/demo_figures.py.
"""

from .demo_timeline import CONSULTATION_CLOSES_DAY, CONSULTATION_OPENS_DAY

CONGRESS = {
    "full_name_vi": "Đại hội đại biểu toàn quốc lần thứ XIV",
    "full_name_en": "The 14th National Congress",
    "short_name_vi": "Đại hội XIV",
    "short_name_en": "14th Congress",
    "edition": 14,
    "venue_vi": "Trung tâm Hội nghị Quốc gia, Hà Nội",
    "venue_en": "National Convention Centre, Hanoi",
    "motto_vi": "Đoàn kết, đổi mới, vì một đất nước phát triển bền vững",
    "motto_en": "Unity and renewal for a sustainably developing country",
    "contact_address_vi": "Ban Tổ chức Đại hội\nSố 1 phố Hội Nghị (địa chỉ minh họa), Hà Nội",
    "contact_address_en": "Congress Organising Committee\n1 Hoi Nghi Street (illustrative address), Hanoi",
    "contact_phone": "(024) 3800 1400",
    "contact_email": "lienhe@daihoi.local",
    "press_email": "baochi@daihoi.local",
}

DAYS = [
    # day, theme (vi), theme (en)
    (1, "Phiên trù bị", "Preparatory session"),
    (2, "Khai mạc Đại hội", "Opening of the congress"),
    (3, "Thảo luận các dự thảo văn kiện", "Debating the draft documents"),
    (4, "Thảo luận tại hội trường và công tác nhân sự", "Plenary debate and nominations"),
    (5, "Bầu cử", "Elections"),
    (6, "Hội nghị lần thứ nhất của Ban Chấp hành khóa mới", "First meeting of the new Central Committee"),
    (7, "Bế mạc Đại hội", "Closing of the congress"),
]

MAIN_HALL = ("Hội trường chính", "Main hall")
PRESS_ROOM = ("Trung tâm Báo chí, phòng họp báo số 1", "Press Centre, briefing room 1")
PRESS_ROOM_2 = ("Trung tâm Báo chí, phòng họp báo số 2", "Press Centre, briefing room 2")
GROUP_ROOMS = ("Các phòng thảo luận tổ, tầng 2", "Group discussion rooms, second floor")
GARDEN_STAGE = ("Sân khấu ngoài trời, khu vườn phía Đông", "Open-air stage, east garden")
HALL_B = ("Hội trường B, Trung tâm Hội nghị Quốc gia", "Hall B, National Convention Centre")
LIVESTREAM = "https://truyenhinh.daihoi.local/truc-tiep"

# day, start, end, kind, title vi, title en, venue, description vi, description en, open to press,
# livestream, status (None: by the clock), change note vi, change note en
SESSIONS = [
    (
        1,
        "08:00",
        "11:30",
        "preparatory",
        "Phiên trù bị: bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách",
        "Preparatory session: electing the Presidium, the Secretariat and the Credentials Committee",
        MAIN_HALL,
        "Đại biểu biểu quyết thông qua danh sách Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu.",
        "Delegates vote on the members of the Presidium, the Secretariat and the Credentials Committee.",
        False,
        False,
        None,
        "",
        "",
    ),
    (
        1,
        "14:00",
        "16:30",
        "closed",
        "Thảo luận Quy chế làm việc và Chương trình Đại hội",
        "Discussion of the Rules of Procedure and the agenda",
        MAIN_HALL,
        "Thảo luận và biểu quyết Nội quy, Quy chế làm việc và Chương trình làm việc của Đại hội.",
        "Delegates discuss and adopt the standing orders, the Rules of Procedure and the agenda.",
        False,
        False,
        None,
        "",
        "",
    ),
    (
        1,
        "17:00",
        "18:00",
        "press_conference",
        "Họp báo về công tác chuẩn bị Đại hội",
        "Press conference on the preparations for the congress",
        PRESS_ROOM,
        "Ban Tổ chức thông tin về số lượng đại biểu, chương trình và công tác bảo đảm phục vụ Đại hội.",
        "The Organising Committee briefs the press on delegates, the agenda and logistics.",
        True,
        True,
        "changed",
        "Dời từ 16:30 sang 17:00 để phóng viên kịp đưa tin phiên họp buổi chiều.",
        "Moved from 16:30 to 17:00 so that journalists can report on the afternoon sitting first.",
    ),
    (
        2,
        "08:00",
        "11:30",
        "plenary",
        "Phiên khai mạc Đại hội",
        "Opening session of the congress",
        MAIN_HALL,
        "Lễ chào cờ, diễn văn khai mạc và trình bày Báo cáo chính trị.",
        "Flag ceremony, opening address and presentation of the Political Report.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        2,
        "12:00",
        "12:45",
        "press_conference",
        "Họp báo sau phiên khai mạc",
        "Press conference after the opening session",
        PRESS_ROOM,
        "Người phát ngôn thông tin về phiên khai mạc và chương trình những ngày tiếp theo.",
        "The spokesperson on the opening session and the days ahead.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        2,
        "14:00",
        "17:00",
        "plenary",
        "Trình bày Báo cáo tổng kết nhiệm kỳ và các dự thảo văn kiện",
        "Presentation of the term report and the draft documents",
        MAIN_HALL,
        "Trình bày Báo cáo tổng kết nhiệm kỳ, dự thảo Nghị quyết và báo cáo tiếp thu ý kiến nhân dân.",
        "Presentation of the term report, the draft Resolution and the report on public comments.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        2,
        "19:30",
        "21:00",
        "cultural",
        "Chương trình nghệ thuật “Khúc ca đất nước” chào mừng Đại hội",
        "“Song of the Country”: a cultural evening celebrating the congress",
        GARDEN_STAGE,
        "Các đoàn nghệ thuật biểu diễn ca múa nhạc truyền thống của ba miền.",
        "Traditional music and dance from the north, centre and south of the country.",
        True,
        False,
        None,
        "",
        "",
    ),
    (
        3,
        "08:00",
        "11:30",
        "closed",
        "Thảo luận tại tổ về dự thảo Báo cáo chính trị",
        "Group discussions on the draft Political Report",
        GROUP_ROOMS,
        "Đại biểu thảo luận theo tổ về các mục tiêu, chỉ tiêu và giải pháp của dự thảo Báo cáo chính trị.",
        "Delegates discuss the goals, targets and measures of the draft Political Report in groups.",
        False,
        False,
        None,
        "",
        "",
    ),
    (
        3,
        "13:30",
        "17:00",
        "plenary",
        "Thảo luận tại hội trường về các dự thảo văn kiện",
        "Plenary debate on the draft documents",
        MAIN_HALL,
        "Các đoàn đại biểu phát biểu tham luận về những vấn đề lớn của nhiệm kỳ mới.",
        "Delegations speak on the main questions of the coming term.",
        True,
        True,
        "changed",
        "Bắt đầu sớm hơn 30 phút: từ 13:30 thay vì 14:00.",
        "Starts 30 minutes earlier: at 13:30 instead of 14:00.",
    ),
    (
        3,
        "17:15",
        "18:15",
        "press_conference",
        "Họp báo thường kỳ ngày làm việc thứ ba",
        "Daily press conference, third day",
        PRESS_ROOM_2,
        "Trả lời câu hỏi của phóng viên trong nước và quốc tế.",
        "Questions from domestic and international journalists.",
        True,
        True,
        "changed",
        "Chuyển sang phòng họp báo số 2 vì phòng số 1 đang lắp đặt thiết bị truyền hình.",
        "Moved to briefing room 2 while television equipment is installed in room 1.",
    ),
    (
        3,
        "19:30",
        "21:00",
        "cultural",
        "Giao lưu văn hóa với các đoàn khách quốc tế",
        "Cultural evening with the international delegations",
        GARDEN_STAGE,
        "Giới thiệu ẩm thực và nghề thủ công truyền thống với khách quốc tế.",
        "Traditional food and crafts presented to the international guests.",
        True,
        False,
        None,
        "",
        "",
    ),
    (
        4,
        "08:00",
        "11:30",
        "plenary",
        "Thảo luận tại hội trường (tiếp theo); biểu quyết Quy chế bầu cử",
        "Plenary debate (continued); vote on the election rules",
        MAIN_HALL,
        "Tiếp tục tham luận; Đoàn Chủ tịch giải trình một số vấn đề đại biểu nêu; Đại hội biểu quyết thông qua Quy chế bầu cử.",
        "Debate continues; the Presidium answers questions raised by delegates; the congress votes on its election rules.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        4,
        "14:00",
        "16:30",
        "closed",
        "Thảo luận tại tổ về công tác nhân sự",
        "Group discussions on nominations",
        GROUP_ROOMS,
        "Các tổ thảo luận số lượng, cơ cấu và danh sách giới thiệu nhân sự vào cơ quan lãnh đạo khóa mới.",
        "Working groups discuss the size and make-up of the new leadership bodies and the list of nominees.",
        False,
        False,
        None,
        "",
        "",
    ),
    (
        4,
        "17:00",
        "18:00",
        "press_conference",
        "Họp báo thường kỳ ngày làm việc thứ tư",
        "Daily press conference, fourth day",
        PRESS_ROOM,
        "Thông tin về kết quả thảo luận và kế hoạch bầu cử.",
        "Results of the debate and the election plan.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        5,
        "08:00",
        "11:30",
        "election",
        "Bầu Ban Chấp hành khóa mới",
        "Election of the new Central Committee",
        MAIN_HALL,
        "Đại biểu bỏ phiếu kín bầu cơ quan lãnh đạo khóa mới.",
        "Delegates elect the new leadership by secret ballot.",
        False,
        False,
        None,
        "",
        "",
    ),
    (
        5,
        "14:00",
        "17:00",
        "election",
        "Kiểm phiếu bầu cử",
        "Counting of the votes",
        MAIN_HALL,
        "Ban Kiểm phiếu làm việc; đại biểu nghỉ tại chỗ.",
        "The vote-counting committee at work.",
        False,
        False,
        None,
        "",
        "",
    ),
    (
        5,
        "17:30",
        "18:30",
        "press_conference",
        "Họp báo thường kỳ ngày làm việc thứ năm",
        "Daily press conference, fifth day",
        PRESS_ROOM,
        "Thông tin về phiên bầu cử và giới thiệu các dịch vụ số phục vụ đại biểu.",
        "The election sitting, and a presentation of the digital services for delegates.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        6,
        "08:00",
        "10:00",
        "plenary",
        "Công bố kết quả bầu cử",
        "Announcement of the election results",
        MAIN_HALL,
        "Ban Kiểm phiếu công bố kết quả; ra mắt Ban Chấp hành khóa mới.",
        "Results are announced and the new Central Committee is presented.",
        True,
        True,
        "changed",
        "Bắt đầu sớm hơn một giờ: 8:00 thay vì 9:00, để kịp Hội nghị lần thứ nhất.",
        "Brought forward from 9:00 to 8:00 to leave time for the first meeting.",
    ),
    (
        6,
        "10:30",
        "12:00",
        "closed",
        "Hội nghị lần thứ nhất Ban Chấp hành khóa mới",
        "First meeting of the new Central Committee",
        MAIN_HALL,
        "Bầu các chức danh lãnh đạo của Ban Chấp hành khóa mới.",
        "Election of the Committee's office-holders.",
        False,
        False,
        None,
        "",
        "",
    ),
    (
        6,
        "14:00",
        "16:00",
        "cultural",
        "Tọa đàm với các đoàn khách quốc tế",
        "Round table with the international guests",
        PRESS_ROOM_2,
        "Trao đổi về kinh nghiệm phát triển bền vững.",
        "An exchange on sustainable development.",
        True,
        False,
        "postponed",
        "Hoãn theo đề nghị của các đoàn; thời gian mới sẽ được thông báo sau.",
        "Postponed at the delegations' request; a new date will be announced.",
    ),
    (
        6,
        "15:00",
        "16:00",
        "press_conference",
        "Họp báo công bố kết quả Hội nghị lần thứ nhất",
        "Press conference on the first meeting",
        HALL_B,
        "Công bố kết quả Hội nghị lần thứ nhất Ban Chấp hành khóa mới.",
        "Results of the first meeting.",
        True,
        True,
        "changed",
        "Chuyển từ phòng họp báo số 1 sang Hội trường B vì số phóng viên đăng ký tăng.",
        "Moved from briefing room 1 to Hall B because more journalists have registered.",
    ),
    (
        7,
        "08:00",
        "10:30",
        "plenary",
        "Thông qua Nghị quyết Đại hội",
        "Adoption of the congress Resolution",
        MAIN_HALL,
        "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
        "Delegates vote on the congress Resolution.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        7,
        "10:30",
        "11:30",
        "plenary",
        "Phiên bế mạc",
        "Closing session",
        MAIN_HALL,
        "Diễn văn bế mạc và lễ chào cờ bế mạc Đại hội.",
        "Closing address and flag ceremony.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        7,
        "14:00",
        "15:30",
        "press_conference",
        "Họp báo bế mạc Đại hội",
        "Closing press conference of the congress",
        HALL_B,
        "Công bố kết quả Đại hội và trả lời câu hỏi của phóng viên trong nước và quốc tế.",
        "The results of the congress, with questions from domestic and international journalists.",
        True,
        True,
        None,
        "",
        "",
    ),
    (
        7,
        "20:00",
        "22:00",
        "cultural",
        "Chương trình nghệ thuật mừng Đại hội thành công",
        "Concert celebrating the congress",
        GARDEN_STAGE,
        "Chương trình nghệ thuật đặc biệt, truyền hình trực tiếp.",
        "A special concert, broadcast live.",
        True,
        True,
        None,
        "",
        "",
    ),
]

# The draft Political Report: 22 sections (heading, text) in each language.
POLITICAL_REPORT_VI = [
    (
        "Đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua",
        (
            "Nhiệm kỳ qua, đất nước đạt được nhiều kết quả quan trọng trong bối cảnh có nhiều khó khăn chưa từng có. "
            "Tăng trưởng được duy trì, đời sống nhân dân được cải thiện, vị thế quốc tế được nâng lên. Dự thảo đề nghị "
            "đánh giá khách quan cả kết quả đạt được và những chỉ tiêu chưa hoàn thành."
        ),
    ),
    (
        "Những hạn chế, yếu kém và nguyên nhân",
        (
            "Năng suất lao động còn thấp so với yêu cầu; thể chế ở một số lĩnh vực chậm được hoàn thiện; chất lượng nguồn "
            "nhân lực chưa đáp ứng đòi hỏi của giai đoạn mới. Nguyên nhân chủ quan được xác định là chính."
        ),
    ),
    (
        "Bài học kinh nghiệm",
        (
            "Kiên định mục tiêu, lấy người dân làm trung tâm; nói đi đôi với làm; phát huy sức mạnh đại đoàn kết; "
            "chủ động thích ứng với biến động bên ngoài."
        ),
    ),
    (
        "Bối cảnh trong nước và quốc tế",
        (
            "Thế giới đang trải qua những thay đổi nhanh về công nghệ, chuỗi cung ứng và khí hậu. Cơ hội và thách thức "
            "đan xen, đòi hỏi tư duy phát triển mới, linh hoạt và tự chủ hơn."
        ),
    ),
    (
        "Quan điểm chỉ đạo",
        (
            "Phát triển nhanh và bền vững dựa chủ yếu vào khoa học, công nghệ và đổi mới sáng tạo; bảo đảm hài hòa giữa "
            "tăng trưởng kinh tế với tiến bộ, công bằng xã hội và bảo vệ môi trường."
        ),
    ),
    (
        "Mục tiêu tổng quát",
        (
            "Xây dựng đất nước phát triển, có thu nhập trung bình cao vào cuối nhiệm kỳ tới, với nền kinh tế tự chủ, "
            "xã hội văn minh và người dân có cuộc sống ấm no, hạnh phúc."
        ),
    ),
    (
        "Các chỉ tiêu chủ yếu",
        (
            "Dự thảo đề xuất nhóm chỉ tiêu về tăng trưởng, năng suất lao động, tỷ trọng kinh tế số, tỷ lệ lao động qua "
            "đào tạo, tuổi thọ bình quân và tỷ lệ che phủ rừng. Ý kiến góp ý được đề nghị tập trung vào tính khả thi."
        ),
    ),
    (
        "Phát triển kinh tế nhanh và bền vững",
        (
            "Đổi mới mô hình tăng trưởng, nâng cao chất lượng đầu tư công, phát triển khu vực kinh tế tư nhân thành động "
            "lực quan trọng và bảo đảm các cân đối lớn của nền kinh tế."
        ),
    ),
    (
        "Khoa học, công nghệ và đổi mới sáng tạo",
        (
            "Tăng đầu tư cho nghiên cứu và phát triển, khuyến khích doanh nghiệp đổi mới công nghệ, hình thành các trung "
            "tâm đổi mới sáng tạo vùng gắn với trường đại học."
        ),
    ),
    (
        "Chuyển đổi số quốc gia",
        (
            "Phát triển hạ tầng số, dữ liệu số và chính quyền số; bảo đảm an toàn thông tin; thu hẹp khoảng cách số "
            "giữa thành thị và nông thôn."
        ),
    ),
    (
        "Phát triển nguồn nhân lực chất lượng cao",
        (
            "Đào tạo lại và nâng cao kỹ năng cho người lao động, thu hút chuyên gia, gắn đào tạo với nhu cầu của thị "
            "trường lao động."
        ),
    ),
    (
        "Giáo dục và đào tạo",
        (
            "Đổi mới căn bản chương trình và phương pháp dạy học, phát triển giáo dục mầm non và phổ thông chất lượng, "
            "tăng quyền tự chủ cho cơ sở giáo dục đại học."
        ),
    ),
    (
        "Y tế và chăm sóc sức khỏe nhân dân",
        "Củng cố y tế cơ sở và y tế dự phòng, phát triển bảo hiểm y tế toàn dân, chủ động ứng phó với dịch bệnh mới.",
    ),
    (
        "Văn hóa và con người",
        "Xây dựng môi trường văn hóa lành mạnh, phát triển công nghiệp văn hóa, bảo tồn và phát huy giá trị di sản.",
    ),
    (
        "Bảo đảm an sinh xã hội",
        "Mở rộng diện bao phủ bảo hiểm xã hội, hỗ trợ nhóm yếu thế, phát triển nhà ở xã hội cho người thu nhập thấp.",
    ),
    (
        "Tài nguyên, môi trường và ứng phó với biến đổi khí hậu",
        (
            "Quản lý hiệu quả tài nguyên đất và nước, giảm ô nhiễm, thúc đẩy năng lượng tái tạo và kinh tế tuần hoàn, "
            "chủ động thích ứng với nước biển dâng."
        ),
    ),
    (
        "Phát triển vùng, đô thị và nông thôn",
        "Phát huy lợi thế từng vùng, phát triển đô thị thông minh và nông thôn mới gắn với nông nghiệp công nghệ cao.",
    ),
    (
        "Quốc phòng và an ninh",
        "Xây dựng nền quốc phòng toàn dân vững mạnh, bảo đảm an ninh, trật tự và an toàn xã hội trong mọi tình huống.",
    ),
    (
        "Đối ngoại và hội nhập quốc tế",
        (
            "Thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa; là bạn, là đối tác tin cậy của "
            "cộng đồng quốc tế."
        ),
    ),
    (
        "Phát huy dân chủ và khối đại đoàn kết",
        (
            "Mở rộng các kênh để người dân tham gia ý kiến vào chính sách, như việc lấy ý kiến công khai về chính dự thảo "
            "này; củng cố đồng thuận xã hội."
        ),
    ),
    (
        "Xây dựng Nhà nước pháp quyền",
        "Hoàn thiện hệ thống pháp luật, nâng cao hiệu lực, hiệu quả quản lý nhà nước, cải cách thủ tục hành chính.",
    ),
    (
        "Tổ chức thực hiện",
        (
            "Sau Đại hội, các cấp xây dựng chương trình hành động cụ thể, phân công rõ trách nhiệm và định kỳ đánh giá, "
            "công khai kết quả thực hiện."
        ),
    ),
]

POLITICAL_REPORT_EN = [
    (
        "Assessment of the past term",
        (
            "Over the past term the country achieved important results in unprecedented circumstances. Growth was "
            "sustained, living standards improved and the country's international standing rose. The draft proposes an "
            "objective account of both what was achieved and the targets that were missed."
        ),
    ),
    (
        "Shortcomings and their causes",
        (
            "Labour productivity remains below what is needed; institutions in some fields are slow to improve; the "
            "quality of the workforce does not yet meet the demands of the new period. Internal causes are named as the "
            "main ones."
        ),
    ),
    (
        "Lessons learned",
        (
            "Hold to the goals with people at the centre; match words with deeds; draw strength from national unity; "
            "adapt early to changes abroad."
        ),
    ),
    (
        "The national and international context",
        (
            "The world is going through rapid change in technology, supply chains and climate. Opportunities and risks "
            "are intertwined and call for a new, more flexible and self-reliant approach to development."
        ),
    ),
    (
        "Guiding principles",
        (
            "Fast and sustainable development driven mainly by science, technology and innovation, balancing growth with "
            "social progress, fairness and environmental protection."
        ),
    ),
    (
        "Overall goal",
        (
            "A developed country with upper-middle income by the end of the next term: a self-reliant economy, a civilised "
            "society and people who live in comfort and happiness."
        ),
    ),
    (
        "Main targets",
        (
            "The draft proposes targets for growth, labour productivity, the digital economy, the share of trained "
            "workers, life expectancy and forest cover. Comments are invited above all on whether they are achievable."
        ),
    ),
    (
        "Fast and sustainable economic development",
        (
            "Renew the growth model, improve public investment, make the private sector an important driver and keep the "
            "economy's main balances stable."
        ),
    ),
    (
        "Science, technology and innovation",
        (
            "Raise spending on research and development, encourage companies to adopt new technology and build regional "
            "innovation centres linked to universities."
        ),
    ),
    (
        "Digital transformation",
        (
            "Develop digital infrastructure, data and e-government; keep information secure; close the digital gap "
            "between towns and the countryside."
        ),
    ),
    (
        "A highly skilled workforce",
        "Retrain and upskill workers, attract experts and link training to the needs of the labour market.",
    ),
    (
        "Education and training",
        (
            "A thorough renewal of curricula and teaching methods, quality pre-school and school education, and more "
            "autonomy for universities."
        ),
    ),
    (
        "Health care",
        "Strengthen primary and preventive care, extend health insurance to everyone and prepare for new epidemics.",
    ),
    (
        "Culture and people",
        "A healthy cultural environment, growing creative industries, and the preservation of the country's heritage.",
    ),
    (
        "Social security",
        "Wider social insurance coverage, support for vulnerable groups and social housing for people on low incomes.",
    ),
    (
        "Resources, environment and climate change",
        (
            "Manage land and water well, reduce pollution, promote renewable energy and the circular economy, and adapt "
            "early to rising sea levels."
        ),
    ),
    (
        "Regions, cities and the countryside",
        "Build on each region's strengths, develop smart cities and modern rural areas with high-technology farming.",
    ),
    (
        "Defence and security",
        "A strong all-people national defence, and security, order and public safety in every situation.",
    ),
    (
        "Foreign relations and international integration",
        (
            "An independent, self-reliant foreign policy of multilateral and diverse relations; a friend and reliable "
            "partner of the international community."
        ),
    ),
    (
        "Democracy and national unity",
        (
            "More ways for citizens to take part in policy-making, such as the public consultation on this very draft; a "
            "stronger social consensus."
        ),
    ),
    (
        "A state governed by the rule of law",
        "A more complete legal system, more effective public administration and simpler administrative procedures.",
    ),
    (
        "Implementation",
        (
            "After the congress every level draws up a concrete action programme with clear responsibilities, and its "
            "results are reviewed regularly and made public."
        ),
    ),
]

RULES_VI = [
    (
        "Phạm vi điều chỉnh",
        "Quy chế này quy định nguyên tắc, trình tự làm việc của Đại hội và trách nhiệm của đại biểu.",
    ),
    ("Đại biểu Đại hội", "Đại biểu có quyền thảo luận, chất vấn, biểu quyết và ứng cử, đề cử theo quy định."),
    ("Đoàn Chủ tịch", "Đoàn Chủ tịch điều hành công việc của Đại hội theo chương trình đã được thông qua."),
    ("Đoàn Thư ký", "Đoàn Thư ký ghi biên bản, tổng hợp ý kiến thảo luận và chuẩn bị dự thảo Nghị quyết."),
    (
        "Thảo luận tại tổ và tại hội trường",
        "Mỗi đại biểu phát biểu tại hội trường không quá bảy phút; ý kiến có thể gửi bằng văn bản.",
    ),
    (
        "Biểu quyết",
        "Đại hội biểu quyết bằng giơ thẻ hoặc bỏ phiếu kín; nghị quyết được thông qua khi quá nửa số đại biểu tán thành.",
    ),
    (
        "Thông tin báo chí",
        "Phiên họp công khai được truyền hình trực tiếp; phóng viên được cấp thẻ theo quy định của Trung tâm Báo chí.",
    ),
    ("Hiệu lực thi hành", "Quy chế có hiệu lực từ khi được Đại hội biểu quyết thông qua."),
]

RULES_EN = [
    ("Scope", "These rules set out the principles and procedure of the congress and the duties of delegates."),
    ("Delegates", "Delegates may debate, ask questions, vote, stand for election and nominate candidates."),
    ("The Presidium", "The Presidium chairs the congress according to the adopted agenda."),
    ("The Secretariat", "The Secretariat keeps the minutes, summarises the debate and prepares the draft Resolution."),
    (
        "Group and plenary debate",
        "Each delegate may speak for up to seven minutes in the plenary hall; written contributions are welcome.",
    ),
    (
        "Voting",
        "The congress votes by show of cards or secret ballot; a resolution passes with more than half of the delegates in favour.",
    ),
    ("Press", "Public sessions are broadcast live; journalists are accredited by the Press Centre."),
    ("Entry into force", "These rules take effect when the congress adopts them."),
]

TERM_REPORT_VI = [
    ("Khái quát tình hình nhiệm kỳ", "Báo cáo tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu trong năm năm qua."),
    ("Kinh tế", "Quy mô nền kinh tế tăng đáng kể; cơ cấu kinh tế chuyển dịch theo hướng hiện đại."),
    ("Xã hội", "Tỷ lệ hộ nghèo giảm; mạng lưới an sinh xã hội được mở rộng."),
    ("Môi trường", "Tỷ lệ che phủ rừng được duy trì; nhiều dự án năng lượng tái tạo đi vào vận hành."),
    ("Đối ngoại", "Quan hệ đối ngoại được mở rộng, nhiều hiệp định thương mại được thực thi."),
    ("Phụ lục số liệu", "Các bảng số liệu chi tiết kèm theo bản PDF của báo cáo."),
]

TERM_REPORT_EN = [
    (
        "Overview of the term",
        "The report brings together the results against the main targets of the past five years.",
    ),
    ("Economy", "The economy grew considerably and its structure moved towards modern sectors."),
    ("Society", "Poverty fell and the social safety net was extended."),
    ("Environment", "Forest cover was maintained and many renewable energy projects came on line."),
    ("Foreign relations", "Foreign relations widened and several trade agreements came into force."),
    ("Statistical annex", "Detailed tables are in the PDF version of the report."),
]

RESOLUTION_VI = [
    ("Thông qua các báo cáo", "Đại hội thông qua Báo cáo chính trị và Báo cáo tổng kết nhiệm kỳ."),
    (
        "Mục tiêu nhiệm kỳ tới",
        "Đại hội xác định mục tiêu tổng quát và các chỉ tiêu chủ yếu đã nêu trong Báo cáo chính trị.",
    ),
    ("Nhiệm vụ trọng tâm", "Tập trung hoàn thiện thể chế, phát triển nguồn nhân lực và hạ tầng đồng bộ."),
    ("Đột phá chiến lược", "Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá của nhiệm kỳ."),
    ("Tổ chức thực hiện", "Giao Ban Chấp hành khóa mới lãnh đạo, chỉ đạo thực hiện thắng lợi Nghị quyết."),
]

RESOLUTION_EN = [
    ("Adoption of the reports", "The congress adopts the Political Report and the term report."),
    (
        "Goals of the next term",
        "The congress sets the overall goal and the main targets given in the Political Report.",
    ),
    ("Priority tasks", "Better institutions, a skilled workforce and modern infrastructure."),
    (
        "Strategic breakthroughs",
        "Science, technology, innovation and digital transformation are the breakthroughs of the term.",
    ),
    ("Implementation", "The new Central Committee is charged with carrying out the Resolution."),
]

# slug, title vi, title en, status, comment deadline day (None: no deadline), summary vi, summary en,
# sections vi, sections en, versions: (label vi, label en, day, note vi, note en)
DOCUMENTS = [
    (
        "du-thao-bao-cao-chinh-tri",
        "Dự thảo Báo cáo chính trị",
        "Draft Political Report",
        "draft",
        CONSULTATION_CLOSES_DAY,
        (
            "Dự thảo Báo cáo chính trị trình Đại hội, công bố để lấy ý kiến rộng rãi của nhân dân. Dự thảo đánh giá "
            "nhiệm kỳ qua, xác định mục tiêu, chỉ tiêu và các nhóm giải pháp cho nhiệm kỳ tới."
        ),
        (
            "The draft Political Report to the congress, published for public comment. It assesses the past term and "
            "sets goals, targets and measures for the next one."
        ),
        POLITICAL_REPORT_VI,
        POLITICAL_REPORT_EN,
        [
            (
                "Dự thảo lần 1",
                "Draft 1",
                CONSULTATION_OPENS_DAY,
                "Bản công bố để lấy ý kiến nhân dân đến hết {consultation_closes}.",
                "Published for public comment until {consultation_closes}.",
            ),
            (
                "Dự thảo lần 2",
                "Draft 2",
                -5,
                "Tiếp thu hơn {public_comments} lượt góp ý của nhân dân; bổ sung mục về chuyển đổi số.",
                "Reflects more than {public_comments} public comments; adds a section on digital transformation.",
            ),
        ],
    ),
    (
        "quy-che-lam-viec-cua-dai-hoi",
        "Quy chế làm việc của Đại hội",
        "Rules of Procedure of the Congress",
        "adopted",
        None,
        "Quy chế quy định nguyên tắc làm việc, thảo luận và biểu quyết của Đại hội; được thông qua tại phiên trù bị.",
        "The rules for debate and voting at the congress, adopted at the preparatory session.",
        RULES_VI,
        RULES_EN,
        [
            ("Dự thảo", "Draft", -29, "", ""),
            (
                "Văn bản được thông qua",
                "Adopted text",
                1,
                "Thông qua tại phiên trù bị.",
                "Adopted at the preparatory session.",
            ),
        ],
    ),
    (
        "bao-cao-tong-ket-nhiem-ky",
        "Báo cáo tổng kết nhiệm kỳ",
        "Report on the Past Term",
        "reference",
        None,
        "Báo cáo tổng kết kết quả thực hiện nghị quyết nhiệm kỳ qua, kèm phụ lục số liệu.",
        "A review of how the resolution of the past term was carried out, with a statistical annex.",
        TERM_REPORT_VI,
        TERM_REPORT_EN,
        [("Bản chính thức", "Final text", -14, "", "")],
    ),
    (
        "du-thao-nghi-quyet-dai-hoi",
        "Dự thảo Nghị quyết Đại hội",
        "Draft Resolution of the Congress",
        "draft",
        6,
        "Dự thảo Nghị quyết tóm lược các quyết định chủ yếu của Đại hội, sẽ được biểu quyết tại phiên bế mạc.",
        "The draft Resolution sums up the main decisions of the congress and is put to the vote at the closing session.",
        RESOLUTION_VI,
        RESOLUTION_EN,
        [("Dự thảo lần 1", "Draft 1", 2, "Trình Đại hội tại phiên khai mạc.", "Presented at the opening session.")],
    ),
]

# organisation, organisation vi, country, region, head, head's position (as the guests write it, and in
# Vietnamese), members, arrival day. The first three arrive together two days before the opening.
DELEGATIONS = [
    (
        "Lao Front for National Development",
        "Mặt trận Phát triển Quốc gia Lào",
        "LA",
        "asia_pacific",
        "Somphone Keovilay",
        ("Vice-President", "Phó Chủ tịch"),
        5,
        -1,
    ),
    (
        "Cambodian Association for Rural Progress",
        "Hội Tiến bộ Nông thôn Campuchia",
        "KH",
        "asia_pacific",
        "Sok Vannak",
        ("President", "Chủ tịch"),
        4,
        -1,
    ),
    (
        "China–Southeast Asia Friendship Council",
        "Hội đồng Hữu nghị Trung Quốc – Đông Nam Á",
        "CN",
        "asia_pacific",
        "Liu Weimin",
        ("Secretary-General", "Tổng Thư ký"),
        6,
        0,
    ),
    (
        "Japan Progressive Forum",
        "Diễn đàn Tiến bộ Nhật Bản",
        "JP",
        "asia_pacific",
        "Tanaka Hiroshi",
        ("Chair of the International Committee", "Chủ nhiệm Ủy ban Quốc tế"),
        3,
        0,
    ),
    (
        "All-India Workers' Welfare League",
        "Liên đoàn Phúc lợi Người lao động Ấn Độ",
        "IN",
        "asia_pacific",
        "Ramesh Nair",
        ("General Secretary", "Tổng Thư ký"),
        3,
        0,
    ),
    (
        "Australian Labour Research Network",
        "Mạng lưới Nghiên cứu Lao động Australia",
        "AU",
        "asia_pacific",
        "Margaret Collins",
        ("Director", "Giám đốc"),
        2,
        1,
    ),
    (
        "Rassemblement pour la Solidarité",
        "Liên minh vì Tình đoàn kết",
        "FR",
        "europe",
        "Claire Dubois",
        ("National Secretary", "Bí thư toàn quốc"),
        3,
        0,
    ),
    (
        "Forum für Soziale Zukunft",
        "Diễn đàn vì Tương lai Xã hội",
        "DE",
        "europe",
        "Jonas Becker",
        ("Co-Chair", "Đồng Chủ tịch"),
        2,
        0,
    ),
    (
        "Russian Centre for Eurasian Dialogue",
        "Trung tâm Đối thoại Á – Âu của Nga",
        "RU",
        "europe",
        "Pavel Orlov",
        ("Deputy Director", "Phó Giám đốc"),
        4,
        0,
    ),
    (
        "Comité Cubano de Amistad con los Pueblos",
        "Ủy ban Hữu nghị với các dân tộc của Cuba",
        "CU",
        "americas",
        "Marisol Pérez",
        ("Vice-President", "Phó Chủ tịch"),
        4,
        0,
    ),
    (
        "Movimento Popular pela Integração",
        "Phong trào Nhân dân vì Hội nhập",
        "BR",
        "americas",
        "Ana Carvalho",
        ("International Secretary", "Bí thư phụ trách đối ngoại"),
        2,
        -1,
    ),
    (
        "South African Alliance for Development",
        "Liên minh vì Phát triển Nam Phi",
        "ZA",
        "africa",
        "Thandiwe Mokoena",
        ("Deputy Secretary-General", "Phó Tổng Thư ký"),
        3,
        0,
    ),
    (
        "Associação Moçambicana de Cooperação",
        "Hiệp hội Hợp tác Mozambique",
        "MZ",
        "africa",
        "João Machava",
        ("President", "Chủ tịch"),
        2,
        1,
    ),
    (
        "Egyptian Council for Social Dialogue",
        "Hội đồng Đối thoại Xã hội Ai Cập",
        "EG",
        "middle_east",
        "Karim Mansour",
        ("Board Member", "Ủy viên Hội đồng điều hành"),
        2,
        1,
    ),
    (
        "World Forum of Progressive Youth",
        "Diễn đàn Thanh niên Tiến bộ Thế giới",
        "",
        "international",
        "Elena Varga",
        ("President", "Chủ tịch"),
        2,
        1,
    ),
]

# slug, title vi, title en, day, summary vi, summary en, photos: (caption vi, caption en, scene of the drawing)
GALLERIES = [
    (
        "phien-khai-mac",
        "Phiên khai mạc Đại hội",
        "Opening session of the congress",
        2,
        "Những hình ảnh tại phiên khai mạc sáng ngày thứ hai của Đại hội.",
        "Pictures from the opening session on the morning of the second day.",
        [
            ("Đại biểu tiến vào hội trường chính", "Delegates enter the main hall", "people"),
            ("Lễ chào cờ khai mạc Đại hội", "The opening flag ceremony", "hall"),
            ("Đoàn Chủ tịch điều hành phiên khai mạc", "The Presidium chairs the opening session", "hall"),
            ("Đại biểu nghe trình bày Báo cáo chính trị", "Delegates listen to the Political Report", "people"),
            ("Phóng viên tác nghiệp tại Trung tâm Báo chí", "Journalists at work in the Press Centre", "people"),
            ("Hội trường chính nhìn từ tầng hai", "The main hall seen from the gallery", "hall"),
        ],
    ),
    (
        "khach-quoc-te-den-ha-noi",
        "Các đoàn khách quốc tế đến Hà Nội",
        "International delegations arrive in Hanoi",
        0,
        "Đón các đoàn khách quốc tế tại sân bay và buổi gặp mặt thân mật.",
        "Welcoming the international delegations at the airport and at an informal reception.",
        [
            ("Đón đoàn khách tại sân bay", "Welcoming a delegation at the airport", "people"),
            ("Các trưởng đoàn tại buổi gặp mặt", "Heads of delegation at the reception", "people"),
            ("Khách quốc tế thăm khu trưng bày", "Guests visit the exhibition", "hall"),
            ("Giao lưu văn hóa buổi tối", "An evening of culture", "city"),
            ("Ảnh lưu niệm của các đoàn", "A group photograph of the delegations", "people"),
        ],
    ),
]
