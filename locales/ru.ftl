# Russian fixed phrases of the annex. Every message id here exists in kk.ftl too (a test checks it).
# $level is enterprise, sector or region. Numbers given as 0 mean "not set".

column-header = На русском языке

# $to is 0 for an agreement of one year.
annex-period = { $from ->
        [0] {""}
       *[other] { $to ->
            [0] {" "}на { $from } год
           *[other] {" "}на { $from }–{ $to } годы
        }
    }
# $case is gen in a reference («пунктом 3.2 приложения 3 к …»), else nom.
# $employer is the employer's name as written (ТОО «Алтын»: Russian does not decline it).
# $scope names the sector or region: «по горно-металлургической промышленности» (scope-by).
annex-heading = { $case ->
        [gen] приложения
       *[nom] Приложение
    }{ $annex ->
        [0] {""}
       *[other] {" "}{ $annex }
    } { $level ->
        [sector] к Отраслевому соглашению { $scope }
        [region] к Региональному соглашению { $scope }
       *[enterprise] к коллективному договору { $employer }
    }{ annex-period }
# The sector or region after «по»: its name in the dative, or, when kelisim cannot decline it,
# quoted after the word for what it is ($declined is yes or no).
scope-by = { $declined ->
        [yes] по { $name }
       *[no] { $level ->
            [sector] по отрасли «{ $name }»
           *[region] по региону «{ $name }»
        }
    }
annex-title = Нормы о применении искусственного интеллекта
scope-line = { $level ->
        [sector] Отрасль
       *[region] Регион
    } – { $name }
preamble = Настоящее приложение является неотъемлемой частью { $level ->
        [sector] отраслевого соглашения
        [region] регионального соглашения
       *[enterprise] коллективного договора
    } и устанавливает обязательства сторон при внедрении и применении систем искусственного интеллекта (далее – ИИ), затрагивающих условия труда, в соответствии с Рекомендациями по включению норм в отраслевые, региональные соглашения и коллективные договоры касательно применения искусственного интеллекта на предприятиях (приложение 1 к постановлению Генерального совета Федерации профсоюзов Республики Казахстан (ФПРК) от 26.06.2026 г. № 3-3).

## The definitions section, the first of the annex. The law's number and date were checked
## against its published text (zan.kz, Z2500000230; Kazakhstanskaya Pravda, 18.11.2025).
definitions-heading = Термины и определения
definition-ai-system = Система искусственного интеллекта (система ИИ) – система искусственного интеллекта в значении Закона Республики Казахстан от 17 ноября 2025 года № 230-VIII «Об искусственном интеллекте», применяемая { $level ->
        [enterprise] Работодателем
       *[other] работодателем, на которого распространяется настоящее Соглашение,
    } самостоятельно или с привлечением третьих лиц.
definition-affecting = Система ИИ, затрагивающая условия труда, – система ИИ, применение которой влияет или может повлиять на трудовые функции, оплату и нормирование труда, режим рабочего времени, оценку работников, применение к ним дисциплинарных взысканий, их занятость или безопасность труда, а также система ИИ, обрабатывающая персональные данные работников. Пока по результатам консультаций с представителями работников не установлено иное, система ИИ, о которой есть разногласия, считается затрагивающей условия труда.
definition-representatives = Представители работников – { $level ->
        [enterprise] профессиональный союз, а при его отсутствии – иные представители работников, избранные в порядке, установленном Трудовым кодексом Республики Казахстан.
       *[other] профессиональные союзы (первичные профсоюзные организации), а при их отсутствии – иные представители работников, избранные в порядке, установленном Трудовым кодексом Республики Казахстан, у работодателей, на которых распространяется настоящее Соглашение.
    }
# $clause is the number of the Committee's clause in this annex: "2.2".
definition-committee = Комитет – постоянно действующий комитет по мониторингу цифровизации, создаваемый в соответствии с пунктом { $clause } настоящего приложения.

parties-heading = Стороны
role-employer = { $level ->
        [enterprise] Работодатель
       *[other] Объединение работодателей
    }
role-workers = { $level ->
        [sector] Отраслевой профсоюз
        [region] Территориальное объединение профсоюзов
       *[enterprise] Представители работников
    }
role-government = { $level ->
        [region] Местный исполнительный орган
       *[other] Уполномоченный государственный орган
    }
party-line = { $role } – { $name }
party-line-bin = { $role } – { $name }, БИН { $bin }

section-1 = Механизмы учета мнения и социальное партнерство
section-2 = Прозрачность и право на объяснение
section-3 = Защита занятости и условий труда
section-4 = Обучение и развитие компетенций
section-5 = Контроль и отчетность
section-6 = Право на мотивированное возражение

final-heading = Заключительные положения
entry-into-force = Настоящее приложение вступает в силу со дня подписания { $level ->
        [sector] отраслевого соглашения
        [region] регионального соглашения
       *[enterprise] коллективного договора
    } и действует в течение срока действия { $level ->
        [sector] настоящего Соглашения
        [region] настоящего Соглашения
       *[enterprise] коллективного договора
    }.
equal-force = Настоящее приложение составлено на казахском и русском языках, оба текста имеют одинаковую юридическую силу.

signatures-heading = Подписи сторон
page = Стр.
page-of = из
seal = М.П.
place-date = { $place }, { $date }
date-full = { $day } { $month } { $year } года
# The date to be written by hand when the profile gives none.
date-blank = «__» ____________ 20__ года


## Coverage table: every norm of the recommendation, adopted or not.
coverage-heading = Таблица охвата рекомендаций
coverage-norm = Норма
coverage-adopted = Принята
coverage-variant = Вариант
coverage-params = Параметры
coverage-source = Пункт рекомендаций
coverage-yes = да
coverage-no = нет
# A clause of the user's own, not from the recommendation.
coverage-own = не из рекомендаций
coverage-source-item = пост. № { $resolution }, п. { $item }
coverage-register = Реестр систем ИИ
coverage-register-count = в реестре { $systems } { $systems ->
        [one] система
        [few] системы
       *[many] систем
    }, из них осуществляют мониторинг работников – { $monitoring }
## 5.2 after its wording, from the profile's register: "«X» (what it monitors); «Y» (…)".
register-monitoring = На день подписания настоящего приложения мониторинг работников осуществляется с помощью следующих систем ИИ: { $systems }.
variant-union = вариант профсоюза
variant-recommended = рекомендуемый
variant-employer = вариант работодателя

## Comparing two wordings (kelisim diff).
diff-heading = Сравнение редакций: { $old } → { $new }
diff-no-changes = Изменений нет
diff-added = новый пункт
diff-moved = перенесенный пункт
diff-removed = исключенный пункт
## The parts of an annex a change is in (kelisim diff).
diff-part-heading = Заголовок
diff-part-preamble = Преамбула
diff-part-parties = Стороны
diff-part-clause = Пункт
diff-part-closing = Заключительные положения
diff-part-signatures = Подписи
diff-part-coverage = Таблица охвата
## The protocol of disagreements (kelisim diff --format protocol). Side A is the workers'
## wording, side B the employer's.
protocol-title = Протокол разногласий
protocol-round = Раунд переговоров: { $round }
protocol-preamble = Комиссия по ведению коллективных переговоров рассмотрела редакцию «{ $a }» и редакцию «{ $b }» и не достигла согласия по пунктам, указанным в таблице ниже.
protocol-open-heading = Пункты, по которым согласие не достигнуто
protocol-item = Пункт
protocol-norm = (п. { $norm } рекомендаций)
protocol-grounds = Основания
protocol-decision = Решение или дальнейший порядок
protocol-disputed = Подлежит дальнейшему обсуждению
protocol-deferred = Отложено до следующего раунда
protocol-agreed-heading = Пункты, по которым достигнуто согласие
protocol-agreed-text = Согласованная редакция
protocol-closing-heading = Порядок урегулирования
protocol-closing = Разногласия по пунктам, указанным в настоящем протоколе, разрешаются в порядке, установленном трудовым законодательством Республики Казахстан.
protocol-role-a = Представитель работников
protocol-role-b = Представитель работодателя
table-heading = Сравнительная таблица
table-number = №
table-justification = Обоснование
## Letters under the annex's procedures (`kelisim letter`). $basis is letter-basis; $annex is the
## annex in the genitive; $item an item's number in the annex: "3.2"; dates are in words.
letter-to = Кому: { $name }
letter-from = От: { $name }
letter-outgoing = Исх. № ________
letter-received = Получено: «__» ____________ 20__ года, вх. № ________ ____________ (подпись)
# $count is the number of items cited, $items "2.1" or "2.1 и 3.1".
letter-basis = В соответствии с { $count ->
        [one] пунктом
       *[other] пунктами
    } { $items } { $annex } (далее – Приложение)
letter-and = {" "}и{" "}
letter-blank = ________________________________
letter-field = { $n }. { $field }: { $value }.
# A field whose value follows on lines of its own.
letter-heading-field = { $n }. { $field }:
letter-field-name = Наименование системы ИИ
letter-field-vendor = Поставщик (разработчик)
letter-field-purpose = Цель применения
letter-field-decisions = Решения, принимаемые с участием системы ИИ
letter-field-data = Категории обрабатываемых данных
letter-field-parameters = Основные параметры и критерии
letter-field-monitoring = Мониторинг работников
letter-field-no-monitoring = не осуществляется
letter-field-oversight = Человеческий контроль
letter-field-units = Затрагиваемые структурные подразделения
letter-field-headcount = Численность затрагиваемых работников
letter-field-risk = Уровень риска по оценке Работодателя
letter-risk-low = низкий
letter-risk-medium = средний
letter-risk-high = высокий
letter-field-impact = Ожидаемое влияние на занятость, оплату и условия труда работников
letter-field-retraining = Предлагаемое обучение и переобучение работников
letter-field-planned = Планируемая дата внедрения
letter-field-introduced = Дата внедрения

notice-title = Уведомление о намерении внедрить систему искусственного интеллекта
notice-intro = { $basis } { $employer } (далее – Работодатель) уведомляет представителей работников о намерении внедрить систему искусственного интеллекта, затрагивающую условия труда (далее – система ИИ), и сообщает о ней следующие сведения.
# $term is the parameter in words: «срок уведомления – не позднее чем за 45 (сорок пять) календарных дней до внедрения».
notice-timing = Уведомление направляется в срок, установленный пунктом { $item } Приложения ({ $term }): последний день для его направления – { $latest }.
notice-consultations = Работодатель предлагает провести консультации до принятия решения о внедрении системы ИИ. Консультации завершаются не позднее { $due } ({ $term }); мнение представителей работников просим направить не позднее указанной даты.
notice-article-12 = Мнение представителей работников просим представить в порядке, установленном статьей 12 Трудового кодекса Республики Казахстан: настоящее уведомление обсуждается представителями работников не более пяти рабочих дней со дня его представления, то есть не позднее { $due }; решение представителей работников оформляется протоколом.
notice-inform = В соответствии с пунктом { $item } Приложения работники затрагиваемых структурных подразделений будут проинформированы о применении системы ИИ не позднее { $due } ({ $term }).

objection-title = Мотивированное возражение против внедрения системы искусственного интеллекта
objection-intro = { $basis } { $workers } как представитель работников направляет Работодателю мотивированное возражение против внедрения следующей системы искусственного интеллекта (далее – система ИИ).
objection-grounds = Основания возражения
objection-request-term = На основании изложенного и в соответствии с пунктом { $item } Приложения просим приостановить внедрение системы ИИ со дня получения настоящего возражения ({ $received }) на срок, установленный указанным пунктом ({ $term }), то есть до { $due } включительно, и провести в этот срок дополнительные консультации с представителями работников с оформлением результатов консультаций, в том числе разногласий, протоколом.
objection-request-open = На основании изложенного и в соответствии с пунктом { $item } Приложения просим приостановить внедрение системы ИИ со дня получения настоящего возражения ({ $received }) до достижения согласия с представителями работников, а при недостижении согласия – до разрешения разногласий в порядке, установленном для разрешения коллективных трудовых споров, и провести в этот период консультации с представителями работников с оформлением результатов консультаций, в том числе разногласий, протоколом.
objection-no-use = В период приостановления внедрения система ИИ не применяется для принятия решений в отношении работников. О решении, принятом по настоящему возражению, просим сообщить в письменной форме.

disclosure-title = Запрос о предоставлении сведений о логике, параметрах и критериях системы искусственного интеллекта
disclosure-intro = { $basis } { $workers } как представитель работников просит предоставить в письменной форме сведения о следующей системе искусственного интеллекта (далее – система ИИ).
disclosure-asked = Запрашиваемые сведения:
disclosure-item-1 = 1) основная логика, по которой система ИИ распределяет задачи между работниками или оценивает их работу;
disclosure-item-2 = 2) параметры, используемые системой ИИ, и их весовые коэффициенты;
disclosure-item-3 = 3) категории используемых данных и критерии распределения задач и оценки работы;
disclosure-item-4 = 4) структурные подразделения и численность работников, в отношении которых применяется система ИИ.
disclosure-deadline = Сведения просим предоставить в срок, установленный пунктом { $item } Приложения ({ $term } со дня получения запроса): при получении запроса { $received } – не позднее { $due }.

review-title = Жалоба на решение, принятое с участием системы искусственного интеллекта
review-worker = ________________________________ (фамилия, имя, отчество (при его наличии) работника, должность, структурное подразделение)
review-intro = { $basis } обжалую решение, принятое в отношении меня с участием системы искусственного интеллекта (далее – система ИИ).
review-field-decision = Обжалуемое решение (вид, дата и номер)
review-field-system = Система ИИ, с участием которой принято решение
review-field-reasons = Доводы работника
review-request = Прошу организовать личное рассмотрение настоящей жалобы должностным лицом, не основывающим свой вывод исключительно на результатах работы системы ИИ, и направить мне письменный мотивированный ответ о результатах рассмотрения в срок, установленный пунктом { $item } Приложения ({ $term } со дня подачи жалобы): при подаче жалобы { $filed } – не позднее { $due }.
review-representative = Прошу рассмотреть жалобу с участием представителя работников.
review-copy = Копия: { $workers }
review-role = Работник
review-signature = ________________ (фамилия, инициалы)
review-sign = (подпись)

report-title = Отчет об использовании искусственного интеллекта за { $year } год
report-intro = { $basis } Работодатель направляет представителям работников отчет об использовании искусственного интеллекта (далее – ИИ) за { $year } год. Срок направления отчета – не позднее { $due }.
report-register-heading = 1. Перечень применяемых систем ИИ
report-figures-heading = 2. Инциденты, жалобы работников и проведенное обучение
report-outcomes-heading = 3. Результаты рассмотрения жалоб и принятые меры
report-system = Система ИИ
report-purpose = Цель применения
report-data = Категории данных
report-monitoring = Мониторинг работников
report-status = Внедрение
report-introduced = внедрена { $date }
report-planned = планируется { $date }
report-incidents = Инциденты (сбои и ошибки)
report-complaints = Жалобы работников
report-upheld = Из них удовлетворено
report-trained = Обучено работников
report-total = Итого

## Month names after a day number: "1 марта". Russian dates always use the genitive.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Nouns counted after a number: `{{ n | count(noun="calendar-days", case="gen") }}` in a clause
## prints «10 (десяти) календарных дней». $n is the number; $case is nom, gen, dat, ins or prep
## (the accusative of things uses nom). `.gender` declines the numeral: один/одна/одно, два/две.
## `.animate = yes` marks persons: their accusative is «двух представителей», «двадцать одного
## представителя», «пять представителей» (kelisim picks gen or nom; a feminine person needs [acc]).

noun-calendar-days = { $case ->
        [ins] { $n ->
                [one] календарным днем
               *[other] календарными днями
            }
        [prep] { $n ->
                [one] календарном дне
               *[other] календарных днях
            }
        [gen] { $n ->
                [one] календарного дня
               *[other] календарных дней
            }
        [dat] { $n ->
                [one] календарному дню
               *[other] календарным дням
            }
       *[nom] { $n ->
                [one] календарный день
                [few] календарных дня
               *[other] календарных дней
           }
    }
    .gender = m
noun-working-days = { $case ->
        [ins] { $n ->
                [one] рабочим днем
               *[other] рабочими днями
            }
        [prep] { $n ->
                [one] рабочем дне
               *[other] рабочих днях
            }
        [gen] { $n ->
                [one] рабочего дня
               *[other] рабочих дней
            }
        [dat] { $n ->
                [one] рабочему дню
               *[other] рабочим дням
            }
       *[nom] { $n ->
                [one] рабочий день
                [few] рабочих дня
               *[other] рабочих дней
           }
    }
    .gender = m
noun-months = { $case ->
        [ins] { $n ->
                [one] месяцем
               *[other] месяцами
            }
        [prep] { $n ->
                [one] месяце
               *[other] месяцах
            }
        [gen] { $n ->
                [one] месяца
               *[other] месяцев
            }
        [dat] { $n ->
                [one] месяцу
               *[other] месяцам
            }
       *[nom] { $n ->
                [one] месяц
                [few] месяца
               *[other] месяцев
           }
    }
    .gender = m
noun-hours = { $case ->
        [ins] { $n ->
                [one] часом
               *[other] часами
            }
        [prep] { $n ->
                [one] часе
               *[other] часах
            }
        [gen] { $n ->
                [one] часа
               *[other] часов
            }
        [dat] { $n ->
                [one] часу
               *[other] часам
            }
       *[nom] { $n ->
                [one] час
                [few] часа
               *[other] часов
           }
    }
    .gender = m
noun-representatives = { $case ->
        [ins] { $n ->
                [one] представителем
               *[other] представителями
            }
        [prep] { $n ->
                [one] представителе
               *[other] представителях
            }
        [gen] { $n ->
                [one] представителя
               *[other] представителей
            }
        [dat] { $n ->
                [one] представителю
               *[other] представителям
            }
       *[nom] { $n ->
                [one] представитель
                [few] представителя
               *[other] представителей
           }
    }
    .gender = m
    .animate = yes
