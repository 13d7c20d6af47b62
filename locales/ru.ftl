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
# $employer is the employer's name as written (ТОО «Алтын»: Russian does not decline it).
# $scope names the sector or region: «по горно-металлургической промышленности» (scope-by).
annex-heading = Приложение{ $annex ->
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
