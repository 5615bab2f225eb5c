/* Calendar conversions in UTC (the system's only zone): gmtime, mktime, asctime, ctime. */
#include <stdio.h>
#include <time.h>

char *tzname[2] = {"UTC", "UTC"};

static const short days_before_month[2][13] = {
    {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
    {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

static int leap(long year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Days from 1970-01-01 to the first of January of year. */
static long days_to_year(long year) {
  long y = year - 1;
  return 365 * (year - 1970) + (y / 4 - y / 100 + y / 400) - (1969 / 4 - 1969 / 100 + 1969 / 400);
}

struct tm *gmtime_r(const time_t *t, struct tm *result) {
  long seconds = *t;
  long days = seconds / 86400;
  long rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    days--;
  }
  result->tm_hour = (int)(rest / 3600);
  result->tm_min = (int)(rest % 3600 / 60);
  result->tm_sec = (int)(rest % 60);
  result->tm_wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
  long year = 1970 + days / 366;
  while (days_to_year(year + 1) <= days) {
    year++;
  }
  while (days_to_year(year) > days) {
    year--;
  }
  int day_of_year = (int)(days - days_to_year(year));
  const short *before = days_before_month[leap(year)];
  int month = 0;
  while (day_of_year >= before[month + 1]) {
    month++;
  }
  result->tm_year = (int)(year - 1900);
  result->tm_yday = day_of_year;
  result->tm_mon = month;
  result->tm_mday = day_of_year - before[month] + 1;
  result->tm_isdst = 0;
  return result;
}

struct tm *gmtime(const time_t *t) {
  static struct tm result;
  return gmtime_r(t, &result);
}

struct tm *localtime_r(const time_t *t, struct tm *result) {
  return gmtime_r(t, result);
}

struct tm *localtime(const time_t *t) {
  return gmtime(t);
}

time_t timegm(struct tm *tm) {
  long year = 1900L + tm->tm_year;
  long month = tm->tm_mon;
  year += month / 12;
  month %= 12;
  if (month < 0) {
    month += 12;
    year--;
  }
  long days = days_to_year(year) + days_before_month[leap(year)][month] + tm->tm_mday - 1;
  long seconds = ((days * 24 + tm->tm_hour) * 60 + tm->tm_min) * 60L + tm->tm_sec;
  time_t t = (time_t)seconds;
  gmtime_r(&t, tm);
  return t;
}

time_t mktime(struct tm *tm) {
  return timegm(tm);
}

void tzset(void) {}

static const char day_names[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char month_names[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

char *asctime_r(const struct tm *tm, char *buffer) {
  snprintf(buffer, 26, "%.3s %.3s %2d %02d:%02d:%02d %d\n",
           tm->tm_wday >= 0 && tm->tm_wday < 7 ? day_names[tm->tm_wday] : "???",
           tm->tm_mon >= 0 && tm->tm_mon < 12 ? month_names[tm->tm_mon] : "???", tm->tm_mday,
           tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
  return buffer;
}

char *asctime(const struct tm *tm) {
  static char buffer[26];
  return asctime_r(tm, buffer);
}

char *ctime_r(const time_t *t, char *buffer) {
  struct tm tm;
  return asctime_r(gmtime_r(t, &tm), buffer);
}

char *ctime(const time_t *t) {
  static char buffer[26];
  return ctime_r(t, buffer);
}
