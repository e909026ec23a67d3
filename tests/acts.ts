/** Ids of the acts the tests name, written once (their AKN work URIs, as model/akn.ts makes them). */

/** The corpus code: the Administrative Procedural-Process Code (ӘРПК), No. 350-VI of 29 June 2020 */
export const CODE_ID = '/akn/kz/act/code/2020-06-29/350-VI';
/** The Constitution of 30 August 1995 */
export const CONSTITUTION = '/akn/kz/act/constitution/1995-08-30/constitution';
/** Code of Administrative Offences (ӘҚБтК), No. 235-V of 5 July 2014 */
export const COAO = '/akn/kz/act/code/2014-07-05/235-V';
/** Civil Procedure Code (Азаматтық процестік кодекс, АПК), No. 377-V of 31 October 2015 */
export const CPC = '/akn/kz/act/code/2015-10-31/377-V';
/** Criminal Procedure Code (ҚПК), No. 231-V of 4 July 2014 */
export const CRIMINAL_PROCEDURE = '/akn/kz/act/code/2014-07-04/231-V';
/** Law on law-enforcement service, No. 380-IV of 6 January 2011 */
export const LAW_ENFORCEMENT_SERVICE = '/akn/kz/act/law/2011-01-06/380-IV';
/** Law on public services, No. 88-V of 15 April 2013 */
export const PUBLIC_SERVICES = '/akn/kz/act/law/2013-04-15/88-V';
