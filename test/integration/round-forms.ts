/* The Rounds form as the integration tests fill it: a fall and a spring student-led round. */

export const FALL_2026 = {
  name: "Fall 2026 student-led",
  kind: "student-led",
  hosts: "advisors",
  preparationFrom: "2026-11-02",
  preparationTo: "2026-11-20",
  commentsFrom: "2026-11-09",
  commentsTo: "2026-11-25",
  conferenceFrom: "2026-12-01",
  conferenceTo: "2026-12-04",
};

export const SPRING_2027 = {
  ...FALL_2026,
  name: "Spring 2027 student-led",
  preparationFrom: "2027-03-01",
  preparationTo: "2027-03-19",
  commentsFrom: "2027-03-08",
  commentsTo: "2027-03-24",
  conferenceFrom: "2027-03-29",
  conferenceTo: "2027-04-01",
};
