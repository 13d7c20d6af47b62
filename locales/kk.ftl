# Kazakh fixed phrases of the annex. Every message id here exists in ru.ftl too (a test checks it).
# $level is enterprise, sector or region. Numbers given as 0 mean "not set".

column-header = Қазақ тілінде

# $to is 0 for an agreement of one year.
annex-period = { $from ->
        [0] {""}
       *[other] { $to ->
            [0] { $from } жылға арналған{" "}
           *[other] { $from }–{ $to } жылдарға арналған{" "}
        }
    }
# $case is gen in a reference («3-қосымшаның 3.2-тармағына сәйкес»), else nom.
# $employer is the employer's name in the genitive («Алтын» ЖШС-ның); enterprise level only.
# $scope names the sector or region: «тау-кен металлургия өнеркәсібі бойынша» (scope-by).
annex-heading = { $level ->
        [sector] { $scope } { annex-period }салалық келісімге
        [region] { $scope } { annex-period }өңірлік келісімге
       *[enterprise] { $employer } { annex-period }ұжымдық шартына
    } { $annex ->
        [0] {""}
       *[other] { $annex }-
    }{ $case ->
        [gen] қосымшаның
       *[nom] қосымша
    }
annex-title = Жасанды интеллектіні қолдануға қатысты нормалар
# The sector or region before «бойынша», which takes the name as it is.
scope-by = { $name } бойынша
scope-line = { $level ->
        [sector] Сала
       *[region] Өңір
    } – { $name }
preamble = Осы қосымша { $level ->
        [sector] салалық келісімнің
        [region] өңірлік келісімнің
       *[enterprise] ұжымдық шарттың
    } ажырамас бөлігі болып табылады және Қазақстан Республикасы Кәсіподақтар Федерациясы (ҚРКФ) Бас Кеңесінің 2026 жылғы 26 маусымдағы № 3-3 қаулысының 1-қосымшасындағы Салалық және өңірлік келісімдерге, ұжымдық шарттарға кәсіпорындарда жасанды интеллектіні қолдануға қатысты нормаларды енгізу туралы ұсынымдарға сәйкес еңбек жағдайларына әсер ететін жасанды интеллект (бұдан әрі – ЖИ) жүйелерін енгізу және қолдану кезіндегі тараптардың міндеттемелерін белгілейді.

## The definitions section, the first of the annex (the law: zan.kz, Z2500000230).
definitions-heading = Терминдер мен анықтамалар
definition-ai-system = Жасанды интеллект жүйесі (ЖИ жүйесі) – { $level ->
        [enterprise] Жұмыс беруші
       *[other] осы Келісімнің күші қолданылатын жұмыс беруші
    } өзі немесе үшінші тұлғаларды тарта отырып қолданатын, «Жасанды интеллект туралы» Қазақстан Республикасының 2025 жылғы 17 қарашадағы № 230-VIII Заңында берілген мағынадағы жасанды интеллект жүйесі.
definition-affecting = Еңбек жағдайларына әсер ететін ЖИ жүйесі – қолданылуы жұмыскерлердің еңбек функцияларына, еңбекақысы мен еңбекті нормалауға, жұмыс уақытының режиміне, жұмыскерлерді бағалауға, оларға тәртіптік жаза қолдануға, олардың жұмыспен қамтылуына немесе еңбек қауіпсіздігіне әсер ететін немесе әсер етуі мүмкін ЖИ жүйесі, сондай-ақ жұмыскерлердің дербес деректерін өңдейтін ЖИ жүйесі. Жұмыскерлердің өкілдерімен консультациялар нәтижесінде өзгеше белгіленбегенше, өзіне қатысты келіспеушілік бар ЖИ жүйесі еңбек жағдайларына әсер етеді деп есептеледі.
definition-representatives = Жұмыскерлердің өкілдері – { $level ->
        [enterprise] кәсіптік одақ, ал ол болмаған жағдайда – Қазақстан Республикасының Еңбек кодексінде белгіленген тәртіппен сайланған жұмыскерлердің өзге де өкілдері.
       *[other] осы Келісімнің күші қолданылатын жұмыс берушілердегі кәсіптік одақтар (бастауыш кәсіподақ ұйымдары), ал олар болмаған жағдайда – Қазақстан Республикасының Еңбек кодексінде белгіленген тәртіппен сайланған жұмыскерлердің өзге де өкілдері.
    }
# $clause is the number of the Committee's clause in this annex: "2.2".
definition-committee = Комитет – осы қосымшаның { $clause }-тармағына сәйкес құрылатын цифрландыруды мониторингтеу жөніндегі тұрақты жұмыс істейтін комитет.

parties-heading = Тараптар
role-employer = { $level ->
        [enterprise] Жұмыс беруші
       *[other] Жұмыс берушілер бірлестігі
    }
role-workers = { $level ->
        [sector] Салалық кәсіподақ
        [region] Кәсіподақтардың аумақтық бірлестігі
       *[enterprise] Жұмыскерлердің өкілдері
    }
role-government = { $level ->
        [region] Жергілікті атқарушы орган
       *[other] Уәкілетті мемлекеттік орган
    }
party-line = { $role } – { $name }
party-line-bin = { $role } – { $name }, БСН { $bin }

section-1 = Пікірді ескеру тетіктері және әлеуметтік әріптестік
section-2 = Ашықтық және түсіндіру құқығы
section-3 = Жұмыспен қамтуды және еңбек жағдайларын қорғау
section-4 = Оқыту және құзыреттілікті дамыту
section-5 = Бақылау және есептілік
section-6 = Дәлелді қарсылық білдіру құқығы

final-heading = Қорытынды ережелер
entry-into-force = Осы қосымша { $level ->
        [sector] салалық келісімге
        [region] өңірлік келісімге
       *[enterprise] ұжымдық шартқа
    } қол қойылған күннен бастап күшіне енеді және { $level ->
        [sector] осы Келісімнің
        [region] осы Келісімнің
       *[enterprise] ұжымдық шарттың
    } қолданылу мерзімі ішінде қолданылады.
equal-force = Осы қосымша қазақ және орыс тілдерінде жасалды, екі мәтіннің де заңдық күші бірдей.

signatures-heading = Тараптардың қолдары
page = Бет
page-of = /
seal = М.О.
place-date = { $place }, { $date }
date-full = { $year } жылғы { $day } { $month }
# The date to be written by hand when the profile gives none.
date-blank = 20__ жылғы «__» ____________


## Coverage table: every norm of the recommendation, adopted or not.
coverage-heading = Ұсынымдарды қамту кестесі
coverage-norm = Норма
coverage-adopted = Қабылданды
coverage-variant = Нұсқа
coverage-params = Параметрлер
coverage-source = Ұсынымның тармағы
coverage-yes = иә
coverage-no = жоқ
# A clause of the user's own, not from the recommendation.
coverage-own = ұсынымдарда жоқ
coverage-source-item = № { $resolution } қаулы, { $item }-т.
coverage-register = ЖИ жүйелерінің тізілімі
coverage-register-count = тізілімде { $systems } жүйе, оның ішінде жұмыскерлерге мониторинг жүргізетіндері – { $monitoring }
## 5.2 after its wording, from the profile's register: "«X» (what it monitors); «Y» (…)".
register-monitoring = Осы қосымшаға қол қойылған күні жұмыскерлерге мониторинг мынадай ЖИ жүйелері арқылы жүргізіледі: { $systems }.
variant-union = кәсіподақ нұсқасы
variant-recommended = ұсынылған
variant-employer = жұмыс беруші нұсқасы

## Comparing two wordings (kelisim diff).
diff-heading = Редакцияларды салыстыру: { $old } → { $new }
diff-no-changes = Өзгерістер жоқ
diff-added = жаңа тармақ
diff-moved = орны ауыстырылған тармақ
diff-removed = алынып тасталған тармақ
## The parts of an annex a change is in (kelisim diff).
diff-part-heading = Тақырып
diff-part-preamble = Кіріспе
diff-part-parties = Тараптар
diff-part-clause = Тармақ
diff-part-closing = Қорытынды ережелер
diff-part-signatures = Қолдар
diff-part-coverage = Қамту кестесі
## The protocol of disagreements (kelisim diff --format protocol). Side A is the workers'
## wording, side B the employer's.
protocol-title = Келіспеушіліктер хаттамасы
protocol-round = Келіссөздер кезеңі: { $round }
protocol-preamble = Ұжымдық келіссөздер жүргізу жөніндегі комиссия «{ $a }» редакциясы мен «{ $b }» редакциясын қарап, төмендегі кестеде көрсетілген тармақтар бойынша келісімге қол жеткізбеді.
protocol-open-heading = Келісімге қол жеткізілмеген тармақтар
protocol-item = Тармақ
protocol-norm = (Ұсынымдардың { $norm }-тармағы)
protocol-grounds = Негіздемелер
protocol-decision = Шешім немесе одан әрі тәртіп
protocol-disputed = Одан әрі талқылануға жатады
protocol-deferred = Келесі кезеңге қалдырылды
protocol-agreed-heading = Келісімге қол жеткізілген тармақтар
protocol-agreed-text = Келісілген редакция
protocol-closing-heading = Реттеу тәртібі
protocol-closing = Осы хаттамада көрсетілген тармақтар бойынша келіспеушіліктер Қазақстан Республикасының еңбек заңнамасында белгіленген тәртіппен шешіледі.
protocol-role-a = Жұмыскерлердің өкілі
protocol-role-b = Жұмыс берушінің өкілі
table-heading = Салыстырмалы кесте
table-number = №
table-justification = Негіздеме
## Letters under the annex's procedures (`kelisim letter`). $basis is letter-basis; $annex is the
## annex in the genitive; $item an item's number in the annex: "3.2"; dates are in words.
letter-to = Кімге: { $name }
letter-from = Кімнен: { $name }
letter-outgoing = Шығыс № ________
letter-received = Алынды: 20__ жылғы «__» ____________, кіріс № ________ ____________ (қолы)
# $count is the number of items cited, $items "2.1" or "2.1 және 3.1".
letter-basis = { $annex } (бұдан әрі – Қосымша) { $items }-{ $count ->
        [one] тармағына
       *[other] тармақтарына
    } сәйкес
letter-and = {" "}және{" "}
letter-blank = ________________________________
letter-field = { $n }. { $field }: { $value }.
# A field whose value follows on lines of its own.
letter-heading-field = { $n }. { $field }:
letter-field-name = ЖИ жүйесінің атауы
letter-field-vendor = Жеткізуші (әзірлеуші)
letter-field-purpose = Қолдану мақсаты
letter-field-decisions = ЖИ жүйесінің қатысуымен қабылданатын шешімдер
letter-field-data = Өңделетін деректердің санаттары
letter-field-parameters = Негізгі параметрлер мен өлшемшарттар
letter-field-monitoring = Жұмыскерлерді мониторингтеу
letter-field-no-monitoring = жүргізілмейді
letter-field-oversight = Адамның бақылауы
letter-field-units = Қамтылатын құрылымдық бөлімшелер
letter-field-headcount = Қамтылатын жұмыскерлер саны
letter-field-risk = Жұмыс берушінің бағалауы бойынша тәуекел деңгейі
letter-risk-low = төмен
letter-risk-medium = орташа
letter-risk-high = жоғары
letter-field-impact = Жұмыскерлердің жұмыспен қамтылуына, еңбекақысына және еңбек жағдайларына күтілетін әсері
letter-field-retraining = Жұмыскерлерге ұсынылатын оқыту және қайта даярлау
letter-field-planned = Енгізудің жоспарланған күні
letter-field-introduced = Енгізілген күні

notice-title = Жасанды интеллект жүйесін енгізу ниеті туралы хабарлама
notice-intro = { $basis } { $employer } (бұдан әрі – Жұмыс беруші) жұмыскерлердің өкілдеріне еңбек жағдайларына әсер ететін жасанды интеллект жүйесін (бұдан әрі – ЖИ жүйесі) енгізу ниеті туралы хабарлайды және ол туралы мынадай мәліметтерді ұсынады.
# $term is the parameter in words: «хабарлау мерзімі – енгізуден кемінде 45 (қырық бес) күнтізбелік күн бұрын».
notice-timing = Хабарлама Қосымшаның { $item }-тармағында белгіленген мерзімде ({ $term }) жіберіледі: оны жіберудің соңғы күні – { $latest }.
notice-consultations = Жұмыс беруші ЖИ жүйесін енгізу туралы шешім қабылданғанға дейін консультациялар өткізуді ұсынады. Консультациялар { $due } кешіктірмей аяқталады ({ $term }); жұмыскерлер өкілдерінің пікірін көрсетілген күннен кешіктірмей жіберуді сұраймыз.
notice-article-12 = Жұмыскерлер өкілдерінің пікірін Қазақстан Республикасы Еңбек кодексінің 12-бабында белгіленген тәртіппен ұсынуды сұраймыз: осы хабарламаны жұмыскерлердің өкілдері ол ұсынылған күннен бастап бес жұмыс күнінен аспайтын мерзімде, яғни { $due } кешіктірмей талқылайды; жұмыскерлер өкілдерінің шешімі хаттамамен ресімделеді.
notice-inform = Қосымшаның { $item }-тармағына сәйкес қамтылатын құрылымдық бөлімшелердің жұмыскерлері ЖИ жүйесін қолдану туралы { $due } кешіктірмей хабардар етіледі ({ $term }).

objection-title = Жасанды интеллект жүйесін енгізуге дәлелді қарсылық
objection-intro = { $basis } { $workers } жұмыскерлердің өкілі ретінде Жұмыс берушіге мына жасанды интеллект жүйесін (бұдан әрі – ЖИ жүйесі) енгізуге дәлелді қарсылық жібереді.
objection-grounds = Қарсылықтың негіздері
objection-request-term = Жоғарыда баяндалғанның негізінде және Қосымшаның { $item }-тармағына сәйкес ЖИ жүйесін енгізуді осы қарсылық алынған күннен бастап ({ $received }) аталған тармақта белгіленген мерзімге ({ $term }), яғни { $due } дейін (қоса алғанда) тоқтата тұруды және осы мерзімде жұмыскерлердің өкілдерімен қосымша консультациялар өткізіп, олардың нәтижелерін, оның ішінде келіспеушіліктерді, хаттамамен ресімдеуді сұраймыз.
objection-request-open = Жоғарыда баяндалғанның негізінде және Қосымшаның { $item }-тармағына сәйкес ЖИ жүйесін енгізуді осы қарсылық алынған күннен бастап ({ $received }) жұмыскерлердің өкілдерімен өзара келісімге қол жеткізілгенге дейін, ал өзара келісімге қол жеткізілмеген жағдайда – келіспеушіліктер ұжымдық еңбек дауларын шешу үшін белгіленген тәртіппен шешілгенге дейін тоқтата тұруды және осы кезеңде жұмыскерлердің өкілдерімен консультациялар өткізіп, олардың нәтижелерін, оның ішінде келіспеушіліктерді, хаттамамен ресімдеуді сұраймыз.
objection-no-use = Енгізуді тоқтата тұру кезеңінде ЖИ жүйесі жұмыскерлерге қатысты шешімдер қабылдау үшін қолданылмайды. Осы қарсылық бойынша қабылданған шешім туралы жазбаша хабарлауды сұраймыз.

disclosure-title = Жасанды интеллект жүйесінің логикасы, параметрлері мен өлшемшарттары туралы мәліметтер беру туралы сұрау
disclosure-intro = { $basis } { $workers } жұмыскерлердің өкілі ретінде мына жасанды интеллект жүйесі (бұдан әрі – ЖИ жүйесі) туралы мәліметтерді жазбаша беруді сұрайды.
disclosure-asked = Сұратылатын мәліметтер:
disclosure-item-1 = 1) ЖИ жүйесі жұмыскерлерге тапсырмалар бөлу немесе олардың жұмысын бағалау кезінде қолданатын негізгі логика;
disclosure-item-2 = 2) ЖИ жүйесі пайдаланатын параметрлер және олардың салмақтық коэффициенттері;
disclosure-item-3 = 3) пайдаланылатын деректердің санаттары, тапсырмаларды бөлу және жұмысты бағалау өлшемшарттары;
disclosure-item-4 = 4) ЖИ жүйесі қолданылатын құрылымдық бөлімшелер, сондай-ақ ЖИ жүйесі өздеріне қатысты қолданылатын жұмыскерлердің саны.
disclosure-deadline = Мәліметтерді Қосымшаның { $item }-тармағында белгіленген мерзімде ({ $term }, сұрау алынған күннен бастап есептеледі) беруді сұраймыз: сұрау { $received } алынған жағдайда – { $due } кешіктірмей.

review-title = Жасанды интеллект жүйесінің қатысуымен қабылданған шешімге шағым
review-worker = ________________________________ (жұмыскердің тегі, аты, әкесінің аты (бар болса), лауазымы, құрылымдық бөлімшесі)
review-intro = { $basis } жасанды интеллект жүйесінің (бұдан әрі – ЖИ жүйесі) қатысуымен маған қатысты қабылданған шешімге шағым жасаймын.
review-field-decision = Шағым жасалатын шешім (түрі, күні және нөмірі)
review-field-system = Шешім қабылдауға қатысқан ЖИ жүйесі
review-field-reasons = Жұмыскердің дәлелдері
review-request = Осы шағымды өз қорытындысын тек ЖИ жүйесі жұмысының нәтижелеріне негіздемейтін лауазымды адамның жеке өзі қарауын ұйымдастыруды және қарау нәтижелері бойынша дәлелді жауапты Қосымшаның { $item }-тармағында белгіленген мерзімде ({ $term }, шағым берілген күннен бастап есептеледі) маған жазбаша жіберуді сұраймын: шағым { $filed } берілген жағдайда – { $due } кешіктірмей.
review-representative = Шағымды жұмыскерлер өкілінің қатысуымен қарауды сұраймын.
review-copy = Көшірмесі: { $workers }
review-role = Жұмыскер
review-signature = ________________ (тегі, аты-жөнінің бас әріптері)
review-sign = (қолы)

report-title = { $year } жылы жасанды интеллектіні қолдану туралы есеп
report-intro = { $basis } Жұмыс беруші жұмыскерлердің өкілдеріне { $year } жылы жасанды интеллектіні (бұдан әрі – ЖИ) қолдану туралы есепті жібереді. Есепті жіберу мерзімі – { $due } кешіктірмей.
report-register-heading = 1. Қолданылатын ЖИ жүйелерінің тізбесі
report-figures-heading = 2. Инциденттер, жұмыскерлердің шағымдары және өткізілген оқыту
report-outcomes-heading = 3. Шағымдарды қарау нәтижелері және қабылданған шаралар
report-system = ЖИ жүйесі
report-purpose = Қолдану мақсаты
report-data = Деректер санаттары
report-monitoring = Жұмыскерлерді мониторингтеу
report-status = Енгізу
report-introduced = { $date } енгізілді
report-planned = { $date } жоспарланған
report-incidents = Инциденттер (іркілістер мен қателер)
report-complaints = Жұмыскерлердің шағымдары
report-upheld = Оның ішінде қанағаттандырылғаны
report-trained = Оқытылған жұмыскерлер
report-total = Барлығы

## Month names after a day number: "1 наурызға дейін". $case is nom (default), dat, loc or abl.
month-1 = { $case ->
        [dat] қаңтарға
        [loc] қаңтарда
        [abl] қаңтардан
       *[nom] қаңтар
    }
month-2 = { $case ->
        [dat] ақпанға
        [loc] ақпанда
        [abl] ақпаннан
       *[nom] ақпан
    }
month-3 = { $case ->
        [dat] наурызға
        [loc] наурызда
        [abl] наурыздан
       *[nom] наурыз
    }
month-4 = { $case ->
        [dat] сәуірге
        [loc] сәуірде
        [abl] сәуірден
       *[nom] сәуір
    }
month-5 = { $case ->
        [dat] мамырға
        [loc] мамырда
        [abl] мамырдан
       *[nom] мамыр
    }
month-6 = { $case ->
        [dat] маусымға
        [loc] маусымда
        [abl] маусымнан
       *[nom] маусым
    }
month-7 = { $case ->
        [dat] шілдеге
        [loc] шілдеде
        [abl] шілдеден
       *[nom] шілде
    }
month-8 = { $case ->
        [dat] тамызға
        [loc] тамызда
        [abl] тамыздан
       *[nom] тамыз
    }
month-9 = { $case ->
        [dat] қыркүйекке
        [loc] қыркүйекте
        [abl] қыркүйектен
       *[nom] қыркүйек
    }
month-10 = { $case ->
        [dat] қазанға
        [loc] қазанда
        [abl] қазаннан
       *[nom] қазан
    }
month-11 = { $case ->
        [dat] қарашаға
        [loc] қарашада
        [abl] қарашадан
       *[nom] қараша
    }
month-12 = { $case ->
        [dat] желтоқсанға
        [loc] желтоқсанда
        [abl] желтоқсаннан
       *[nom] желтоқсан
    }

## Nouns counted after a number: `{{ n | count(noun="calendar-days", case="loc") }}` in a clause.
## $case is nom, dat, loc or abl (nom when not given); the number is written «30 (отыз)».

noun-calendar-days = { $case ->
        [dat] күнтізбелік күнге
        [loc] күнтізбелік күнде
        [abl] күнтізбелік күннен
       *[nom] күнтізбелік күн
    }
noun-working-days = { $case ->
        [dat] жұмыс күніне
        [loc] жұмыс күнінде
        [abl] жұмыс күнінен
       *[nom] жұмыс күні
    }
noun-months = { $case ->
        [dat] айға
        [loc] айда
        [abl] айдан
       *[nom] ай
    }
noun-hours = { $case ->
        [dat] сағатқа
        [loc] сағатта
        [abl] сағаттан
       *[nom] сағат
    }
noun-representatives = { $case ->
        [dat] өкілге
        [loc] өкілде
        [abl] өкілден
       *[nom] өкіл
    }
