# Russian fixed phrases of the annex. Every message id here exists in kk.ftl too (a test checks it).
# $level is enterprise, sector or region. Numbers given as 0 mean "not set".

column-header = На русском языке

annex-period = { $from ->
        [0] {""}
       *[other] {" "}на { $from }–{ $to } годы
    }
# $employer is the employer's name as written (ТОО «Алтын»: Russian does not decline it).
annex-heading = Приложение{ $annex ->
        [0] {""}
       *[other] {" "}{ $annex }
    } { $level ->
        [sector] к отраслевому соглашению
        [region] к региональному соглашению
       *[enterprise] к коллективному договору { $employer }
    }{ annex-period }
annex-title = Нормы о применении искусственного интеллекта
scope-line = { $level ->
        [sector] Отрасль
       *[region] Регион
    } – { $name }
preamble = Настоящее приложение является неотъемлемой частью { $level ->
        [sector] отраслевого соглашения
        [region] регионального соглашения
       *[enterprise] коллективного договора
    } и устанавливает обязательства сторон при внедрении и применении систем искусственного интеллекта (далее – ИИ), затрагивающих условия труда, в соответствии с Рекомендациями по включению норм в отраслевые, региональные соглашения и коллективные договоры, касательно применения искусственного интеллекта на предприятиях (приложение 1 к постановлению Генерального Совета ФПРК от 26.06.2026 г. № 3-3).

parties-heading = Стороны
role-employer = { $level ->
        [enterprise] Работодатель
       *[other] Объединение работодателей
    }
role-workers = Представители работников
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
    } и действует в течение срока его действия.
equal-force = Настоящее приложение составлено на казахском и русском языках, оба текста имеют одинаковую юридическую силу.

signatures-heading = Подписи сторон
page = Стр.
seal = М.П.
place-date = { $place }, { $date }
date-full = { $day } { $month } { $year } г.


## Coverage table: every norm of the recommendation, adopted or not.
coverage-heading = Таблица охвата рекомендаций
coverage-norm = Норма
coverage-adopted = Принята
coverage-variant = Вариант
coverage-params = Параметры
coverage-source = Пункт рекомендаций
coverage-yes = да
coverage-no = нет
coverage-source-item = пост. № { $resolution }, п. { $item }
variant-union = вариант профсоюза
variant-recommended = рекомендуемый
variant-employer = вариант работодателя

## Comparing two wordings (kelisim diff).
diff-heading = Сравнение редакций: { $old } → { $new }
diff-no-changes = Изменений нет
diff-added = новый пункт
diff-removed = исключенный пункт
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
