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
# $employer is the employer's name in the genitive («Алтын» ЖШС-ның); enterprise level only.
# $scope names the sector or region: «тау-кен металлургия өнеркәсібі бойынша» (scope-by).
annex-heading = { $level ->
        [sector] { $scope } { annex-period }салалық келісімге
        [region] { $scope } { annex-period }өңірлік келісімге
       *[enterprise] { $employer } { annex-period }ұжымдық шартына
    } { $annex ->
        [0] қосымша
       *[other] { $annex }-қосымша
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
